package app.neodesk.webhook;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/** Where a delivery stands: waiting for an (other) attempt, answered 2xx, or given up. */
public enum DeliveryStatus {
    PENDING("pending"),
    DELIVERED("delivered"),
    FAILED("failed");

    private final String code;

    DeliveryStatus(String code) {
        this.code = code;
    }

    /** The stored and displayed code, e.g. "pending". */
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    static class Column implements AttributeConverter<DeliveryStatus, String> {
        @Override
        public String convertToDatabaseColumn(DeliveryStatus status) {
            return status.code;
        }

        @Override
        public DeliveryStatus convertToEntityAttribute(String code) {
            return Arrays.stream(values())
                    .filter(s -> s.code.equals(code))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Unknown delivery status"));
        }
    }
}
