package app.neodesk.api;

import app.neodesk.api.ApiJson.ProductJson;
import app.neodesk.api.ApiJson.SourceJson;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalog: products and sources, with the codes the other endpoints take. */
@RestController
@RequestMapping(value = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Catalog")
class CatalogApiController {

    private final ProductService products;
    private final SourceService sources;

    CatalogApiController(ProductService products, SourceService sources) {
        this.products = products;
        this.sources = sources;
    }

    @GetMapping("/products")
    @Operation(
            summary = "Every product with its code, unit, currency and price scale",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            array = @ArraySchema(schema = @Schema(implementation = ProductJson.class)),
                                            examples = @ExampleObject(name = "Nd metal", value = """
                            [{"code":"nd-metal-cn","name":"Nd metal ≥99.5%, China ex-works","element":"ND","form":"METAL",
                            "currency":"CNY","unit":"CNY/t","scale":0,"basis":"CN_EXW","mainSource":"yangtze","active":true}]"""))))
    List<ProductJson> products() {
        return products.findAll().stream().map(ProductJson::of).toList();
    }

    @GetMapping("/sources")
    @Operation(
            summary = "Every price source with its code",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            array = @ArraySchema(schema = @Schema(implementation = SourceJson.class)),
                                            examples = @ExampleObject(name = "Yangtze", value = """
                            [{"code":"yangtze","name":"Yangtze River Nonferrous","url":null}]"""))))
    List<SourceJson> sources() {
        return sources.findAll().stream().map(SourceJson::of).toList();
    }
}
