package org.latentbrush.bridge.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (the pom's version), or "development" from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = LatentBrushCli.class.getPackage().getImplementationVersion();
        return new String[] {"Latent Brush " + (version == null ? "development" : version)};
    }
}
