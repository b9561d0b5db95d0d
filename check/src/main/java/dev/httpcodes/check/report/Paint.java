package dev.httpcodes.check.report;

import dev.httpcodes.core.StatusClass;

/** How the terminal report is coloured; the CLI passes its own styling so every command looks the same. */
public interface Paint {
    String byClass(StatusClass statusClass, String text);

    String bold(String text);

    String dim(String text);

    /** No colour at all. */
    Paint NONE = new Paint() {
        @Override
        public String byClass(StatusClass statusClass, String text) {
            return text;
        }

        @Override
        public String bold(String text) {
            return text;
        }

        @Override
        public String dim(String text) {
            return text;
        }
    };
}
