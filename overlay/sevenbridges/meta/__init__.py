"""The building blocks of resources: fields, change tracking, ids, collections."""
