package dev.httpcodes.check.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Header fields in the order received; names compared without regard to case (RFC 9110 §5.1). */
public final class HeaderFields {
    /** One field line as received. */
    public record Field(String name, String value) {
    }

    private final List<Field> fields;

    public HeaderFields(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    public static HeaderFields empty() {
        return new HeaderFields(List.of());
    }

    public List<Field> list() {
        return fields;
    }

    public boolean has(String name) {
        return first(name).isPresent();
    }

    public Optional<String> first(String name) {
        for (Field f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                return Optional.of(f.value());
            }
        }
        return Optional.empty();
    }

    public List<String> all(String name) {
        List<String> values = new ArrayList<>(1);
        for (Field f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                values.add(f.value());
            }
        }
        return values;
    }
}
