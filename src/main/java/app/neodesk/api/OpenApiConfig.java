package app.neodesk.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and its bearer-token security scheme. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String TOKEN = "token";

    @Bean
    OpenAPI neodeskOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Neodesk API")
                        .version("v1")
                        .description("Rare-earth prices, series and drivers."
                                + " Authenticate with a personal access token: Authorization: Bearer ndk_…"
                                + " Errors are RFC 9457 problem details (application/problem+json)."))
                .components(new Components()
                        .addSecuritySchemes(
                                TOKEN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("ndk_ personal access token")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }
}
