package fr.guichet.desk.reminder;

/** Who a reminder goes to: the request's assignee when the desk knows their address, else the DPO contact. */
public enum Recipient {
    ASSIGNEE, DPO_CONTACT
}
