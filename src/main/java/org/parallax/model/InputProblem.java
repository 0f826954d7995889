package org.parallax.model;

/** An input that could not be used, named with a reason a user can act on. */
public record InputProblem(String path, String reason) {
    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
