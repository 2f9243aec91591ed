"""Security: SASL mechanisms (PLAIN, SCRAM), principals and the ACL authorizer."""
