package fr.guichet.desk.documents;

import fr.guichet.platform.error.RefusalCode;

/** The rules a response document must meet; the console translates them, the API keeps its messages. */
public enum DocumentRefusal implements RefusalCode {
    TYPE_NOT_ACCEPTED,
    EMPTY,
    TOO_LARGE
}
