package fr.guichet.request;

/** How the request reached the desk; receipt is when it reached that channel. */
public enum Channel {
    WEB, EMAIL, POST, IN_PERSON, PHONE
}
