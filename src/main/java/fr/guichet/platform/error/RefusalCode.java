package fr.guichet.platform.error;

/**
 * The stable name of the one rule behind a refusal, so that pages can say it in the reader's language while the API
 * keeps its developer message. Each feature lists its refusals in an enum that implements this.
 */
public interface RefusalCode {

    /** The code itself: an enum constant's name, never reworded. */
    String name();
}
