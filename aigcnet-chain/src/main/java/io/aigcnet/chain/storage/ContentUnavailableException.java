package io.aigcnet.chain.storage;

/** No live replica returned verified bytes for a key: the content is lost, unknown or corrupt everywhere. */
public final class ContentUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ContentKey key;

    public ContentUnavailableException(ContentKey key, String why) {
        super("content " + key + " unavailable: " + why);
        this.key = key;
    }

    public ContentKey key() {
        return key;
    }
}
