package fr.guichet.request;

/** Who files: the person concerned, or someone entitled to act for them (legal-rules.md §3). */
public enum RequesterRole {
    SELF, PARENT, GUARDIAN, HEIR, MANDATARY
}
