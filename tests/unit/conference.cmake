# Conference providers: Jitsi room links and the BigBlueButton API against a local fake server.
ocd_add_test(tst_conference unit SOURCES tst_conference.cpp)
set_tests_properties(tst_conference PROPERTIES TIMEOUT 60)
