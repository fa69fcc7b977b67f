package fr.guichet.catalog;

/** The GDPR rights a person can exercise at the desk. */
public enum Right {
    ACCESS, RECTIFICATION, ERASURE, LIMITATION, OPPOSITION, PORTABILITY
}
