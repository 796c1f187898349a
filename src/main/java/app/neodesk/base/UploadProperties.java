package app.neodesk.base;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest file any upload may carry ({@code neodesk.upload.max-size}, default 50 MB). The
 * server counts the bytes while it reads them and stops at the limit; the browser's own check is
 * only a convenience.
 */
@ConfigurationProperties("neodesk.upload")
public record UploadProperties(@DefaultValue("50MB") DataSize maxSize) {

    public UploadProperties {
        if (maxSize.toBytes() < 1) {
            throw new IllegalArgumentException("neodesk.upload.max-size must be positive");
        }
    }

    public long maxBytes() {
        return maxSize.toBytes();
    }

    /** "The file is larger than the 50 MB limit" */
    public String tooLargeMessage() {
        return tooLargeMessage(maxBytes());
    }

    public static String tooLargeMessage(long maxBytes) {
        return "The file is larger than the " + describe(maxBytes) + " limit";
    }

    /** 52428800 → "50 MB", 1536 → "1.5 KB", 100 → "100 bytes" (binary units, as DataSize reads "50MB"). */
    public static String describe(long bytes) {
        String[] units = {"bytes", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        if (unit == 0) {
            return bytes + " bytes";
        }
        var text = value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
        return text + " " + units[unit];
    }
}
