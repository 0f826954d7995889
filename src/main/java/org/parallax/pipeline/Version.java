package org.parallax.pipeline;

/** The product version, as Maven filtered it into the jar's manifest (or "dev" when run from classes). */
public final class Version {
    public static final String VERSION = readVersion();

    private Version() {
    }

    private static String readVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.3.0";
    }
}
