package org.parallax.model;

import java.util.Properties;

/**
 * Thresholds and weights read from a documented properties file under {@code parallax/} on the
 * classpath. A system property {@code parallax.KEY} overrides a value, so a measurement can try
 * another setting without a rebuild.
 */
public final class Settings {
    private final String resource;
    private final Properties values;

    private Settings(String resource, Properties values) {
        this.resource = resource;
        this.values = values;
    }

    private Settings(String resource) {
        this(resource, Resources.properties(resource));
    }

    public static Settings load(String resource) {
        return new Settings(resource);
    }

    /** These settings with one value replaced (a test of one rule at a setting that exposes it). */
    public Settings with(String key, String value) {
        Properties changed = new Properties();
        changed.putAll(values);
        changed.setProperty(key, value);
        return new Settings(resource, changed);
    }

    public String string(String key) {
        String v = System.getProperty("parallax." + key, values.getProperty(key));
        if (v == null) {
            throw new IllegalStateException("parallax/" + resource + " has no value for " + key);
        }
        return v.strip();
    }

    public double number(String key) {
        return Double.parseDouble(string(key));
    }

    public int integer(String key) {
        return Integer.parseInt(string(key));
    }
}
