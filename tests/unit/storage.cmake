# SqlIncidentStore against real SQLite files in a temporary folder.
ocd_add_test(tst_storage_sqlite unit SOURCES tst_storage_sqlite.cpp)
set_tests_properties(tst_storage_sqlite PROPERTIES TIMEOUT 60)
