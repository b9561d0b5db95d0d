package dev.httpcodes.cli;

import dev.httpcodes.core.Registry;
import picocli.CommandLine.IVersionProvider;

/** {@code httpcodes --version}: the version from the jar manifest and the size of the knowledge base. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return new String[] {"httpcodes " + (version != null ? version : "(development build)") + ", "
            + Registry.standard().entries().size() + " entries"};
    }
}
