package app.neodesk.token;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc over the whole security filter chain, as the API tests use it. */
final class ApiChainSupport {

    private ApiChainSupport() {}

    static MockMvc mvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }
}
