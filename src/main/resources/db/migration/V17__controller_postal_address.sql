-- Where requesters write by post: the sender's address on the desk's postal letters. Null until an admin gives it.
ALTER TABLE controllers ADD COLUMN postal_address text;
