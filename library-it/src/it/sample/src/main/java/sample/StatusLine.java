package sample;

import dev.httpcodes.core.Registry;
import dev.httpcodes.core.StatusInfo;

/** What an adopter writes: a status line for any code a server sent, known or not. */
public final class StatusLine {
    private final Registry registry = Registry.standard();

    public String of(int code) {
        StatusInfo info = registry.describe(code);
        return info.code() + " " + info.reasonPhrase();
    }

    public boolean isRegistered(int code) {
        return registry.describe(code).standing().isRegistered();
    }
}
