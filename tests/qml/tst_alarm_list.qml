import QtQuick
import QtTest
import OnCallDesk
import "qrc:/OnCallDesk/qml/components"

// The UI lives in a root Item: items inside a TestCase get no mouse events.
Item {
    id: root
    width: 900
    height: 700

    AlarmList {
        id: list
        anchors.fill: parent
        model: Desk.alarms
    }

    TestCase {
        name: "AlarmList"
        when: windowShown

        function cleanup() {
            Desk.alarms.filterText = ""
            Desk.alarms.showSoft = true
            Desk.alarms.showAcknowledged = true
            Desk.alarms.showDowntime = false
            list.selectedKeys = []
        }

        function rowTexts() {
            var keys = []
            for (var i = 0; i < list.count; ++i)
                keys.push(Desk.alarms.keyAt(i))
            return keys
        }

        function test_showsProblemRowsWorstFirst() {
            tryVerify(function() { return list.count > 10 }, 2000, "host1's outage gives many rows")
            compare(Desk.alarms.keyAt(0), "host1", "the DOWN hypervisor sorts first")
            tryVerify(function() { return list.itemAtIndex(0) !== null }, 2000, "the first row is drawn")
            var first = list.itemAtIndex(0)
            compare(first.stateText, "DOWN")
            compare(first.severity, 4)
        }

        function test_filterNarrowsRows() {
            var all = list.count
            Desk.alarms.filterText = "vm12"
            tryVerify(function() { return list.count > 0 && list.count < all })
            var keys = rowTexts()
            for (var i = 0; i < keys.length; ++i)
                verify(keys[i].indexOf("vm12") === 0, keys[i] + " matches the filter")
            Desk.alarms.filterText = "no-such-host"
            compare(list.count, 0)
        }

        function test_softToggleHidesSoftStates() {
            Desk.alarms.showSoft = false
            var keys = rowTexts()
            for (var i = 0; i < list.count; ++i)
                verify(!list.itemAtIndex(i) || !list.itemAtIndex(i).isSoft, keys[i] + " is not soft")
        }

        function test_clickSelectsAndCtrlClickExtends() {
            tryVerify(function() { return list.count > 2 })
            mouseClick(list.itemAtIndex(0), 50, 20)
            compare(list.selectedKeys.length, 1)
            compare(list.currentKey, Desk.alarms.keyAt(0))
            mouseClick(list.itemAtIndex(2), 50, 20, Qt.LeftButton, Qt.ControlModifier)
            compare(list.selectedKeys.length, 2)
            keyClick(Qt.Key_A, Qt.ControlModifier)
            compare(list.selectedKeys.length, list.count)
        }
    }
}
