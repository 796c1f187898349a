package app.neodesk.token;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a scope as its code ({@code read}, {@code read write}). */
@Converter
class TokenScopeConverter implements AttributeConverter<TokenScope, String> {

    @Override
    public String convertToDatabaseColumn(TokenScope scope) {
        return scope.code();
    }

    @Override
    public TokenScope convertToEntityAttribute(String code) {
        return TokenScope.ofCode(code);
    }
}
