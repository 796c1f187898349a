package app.neodesk.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /api/v1/docs} opens Swagger UI, whose page and assets springdoc serves under
 * {@code /api/v1/docs/swagger-ui/} ({@code springdoc.swagger-ui.path=/api/v1/docs/index.html}), so
 * everything of the browsable page sits under the public {@code /api/v1/docs/**}.
 */
@Hidden
@Controller
class DocsRedirect {

    @GetMapping({"/api/v1/docs", "/api/v1/docs/"})
    String docs() {
        return "redirect:/api/v1/docs/swagger-ui/index.html";
    }
}
