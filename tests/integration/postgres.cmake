# Integration: the team database on a real PostgreSQL 15 (tests/lab/postgres-lab.sh), started by
# the ctest fixture "postgres" for the duration of the run. Included from tests/CMakeLists.txt.
set(OCD_PG_LAB_DIR ${CMAKE_BINARY_DIR}/lab/postgres)
set(OCD_PG_LAB_SCRIPT ${CMAKE_CURRENT_SOURCE_DIR}/lab/postgres-lab.sh)
add_test(NAME lab_postgres_start COMMAND bash ${OCD_PG_LAB_SCRIPT} start ${OCD_PG_LAB_DIR} 15432)
add_test(NAME lab_postgres_stop COMMAND bash ${OCD_PG_LAB_SCRIPT} stop ${OCD_PG_LAB_DIR})
set_tests_properties(lab_postgres_start PROPERTIES FIXTURES_SETUP postgres LABELS integration TIMEOUT 60)
set_tests_properties(lab_postgres_stop PROPERTIES FIXTURES_CLEANUP postgres LABELS integration TIMEOUT 60)

ocd_add_test(tst_storage_postgres_live integration SOURCES integration/tst_storage_postgres_live.cpp)
set_tests_properties(tst_storage_postgres_live PROPERTIES FIXTURES_REQUIRED postgres TIMEOUT 180 RUN_SERIAL TRUE
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;ONCALL_PG_LAB_DIR=${OCD_PG_LAB_DIR};ONCALL_PG_LAB_SCRIPT=${OCD_PG_LAB_SCRIPT}")
