# Incident storage: SqlIncidentStore on SQLite (one desk) or PostgreSQL (a team).
target_sources(oncalldesk PRIVATE
    storage/DatabaseSettings.h
    storage/SqlIncidentStore.cpp storage/SqlIncidentStore.h
)

# Schema migrations, one file per version and dialect: migrations/<dialect>/NNN_name.sql becomes
# :/storage/migrations/<dialect>/NNN_name.sql. A new schema version is a new file in BOTH
# dialects with the next number, listed here; SqlIncidentStore finds it by its number.
qt_add_resources(oncalldesk "oncalldesk_storage_migrations" PREFIX "/storage" BASE storage
    FILES
        storage/migrations/sqlite/001_incidents.sql
        storage/migrations/postgres/001_incidents.sql
        storage/migrations/sqlite/002_members_calls.sql
        storage/migrations/postgres/002_members_calls.sql
)
