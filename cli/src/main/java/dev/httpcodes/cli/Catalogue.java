package dev.httpcodes.cli;

/**
 * The registry a run works with: the bundled one, plus a user's own entries from a folder ({@code --knowledge DIR}
 * or {@code HTTPCODES_KNOWLEDGE}). This class only finds the folder and touches no parser: the fast lookup path
 * loads it on every run. {@link CatalogueLoader} reads the folder, and is loaded only when there is one.
 */
final class Catalogue {
    static final String OPTION = "--knowledge";
    static final String VARIABLE = "HTTPCODES_KNOWLEDGE";

    private Catalogue() {
    }

    /** The folder named by the option, else by the environment variable; null when neither is set. */
    static String folder(String option, Environment environment) {
        if (option != null) {
            return option;
        }
        String value = environment.variables().get(VARIABLE);
        return value == null || value.isBlank() ? null : value;
    }

}
