package org.latentbrush.app.engine;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns a failure into the one line the editor shows. */
public final class FailureText {

    private FailureText() {}

    /**
     * The failure's own message, unwrapped from the futures that carried it, or its type when it
     * has none.
     *
     * @param failure what went wrong
     * @return a user-readable line
     */
    public static String of(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof ExecutionException || t instanceof CompletionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof OutOfMemoryError) {
            return "the engine ran out of memory";
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }

    /** A future's failure as the exception the callbacks take. */
    static Exception asException(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return t instanceof Exception e ? e : new IllegalStateException(of(t), t);
    }
}
