import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OnCallDesk

// The alarm list with multi-selection (Ctrl/Shift click, Ctrl+A, arrow keys). Selection is kept
// by key, not by row, so it survives rows moving when states change.
ListView {
    id: list
    property var selectedKeys: []
    property string currentKey: ""
    property string anchorKey: "" // Shift-click extends from here; a key, since rows move

    signal activated(string key)

    clip: true
    focus: true
    keyNavigationEnabled: false
    boundsBehavior: Flickable.StopAtBounds
    reuseItems: true
    ScrollBar.vertical: ScrollBar { }

    function isSelected(key) { return selectedKeys.indexOf(key) >= 0 }
    function selectOnly(key) { selectedKeys = key ? [key] : []; currentKey = key }
    function selectRow(row, modifiers) {
        var key = model.keyAt(row)
        if (!key)
            return
        var anchorRow = anchorKey ? model.rowOf(anchorKey) : -1
        if (modifiers & Qt.ShiftModifier && anchorRow >= 0) {
            var keys = []
            var from = Math.min(anchorRow, row), to = Math.max(anchorRow, row)
            for (var r = from; r <= to; ++r)
                keys.push(model.keyAt(r))
            selectedKeys = keys
        } else if (modifiers & Qt.ControlModifier) {
            var copy = selectedKeys.slice()
            var i = copy.indexOf(key)
            if (i >= 0) copy.splice(i, 1); else copy.push(key)
            selectedKeys = copy
            anchorKey = key
        } else {
            selectedKeys = [key]
            anchorKey = key
        }
        currentKey = key
        currentIndex = row
        positionViewAtIndex(row, ListView.Contain)
    }
    function selectAll() {
        var keys = []
        for (var r = 0; r < count; ++r)
            keys.push(model.keyAt(r))
        selectedKeys = keys
    }
    function moveCurrent(delta, modifiers) {
        if (count === 0)
            return
        var row = model.rowOf(currentKey)
        row = row < 0 ? 0 : Math.max(0, Math.min(count - 1, row + delta))
        selectRow(row, modifiers & Qt.ShiftModifier)
    }
    // Rows move when states change: keep the highlight on the same alarm, and never keep a
    // selected alarm that is no longer shown (A or D would act on something invisible).
    function pruneSelection() {
        currentIndex = model.rowOf(currentKey)
        var kept = model.retainPresent(selectedKeys)
        if (kept.length !== selectedKeys.length)
            selectedKeys = kept
    }
    Connections {
        target: list.model
        function onRowsRemoved() { list.pruneSelection() }
        function onModelReset() { list.pruneSelection() }
        function onRowsMoved() { list.currentIndex = list.model.rowOf(list.currentKey) }
        function onRowsInserted() { list.currentIndex = list.model.rowOf(list.currentKey) }
    }

    Keys.onUpPressed: (event) => moveCurrent(-1, event.modifiers)
    Keys.onDownPressed: (event) => moveCurrent(1, event.modifiers)
    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_PageDown) { moveCurrent(10, event.modifiers); event.accepted = true }
        else if (event.key === Qt.Key_PageUp) { moveCurrent(-10, event.modifiers); event.accepted = true }
        else if (event.key === Qt.Key_Home) { moveCurrent(-count, 0); event.accepted = true }
        else if (event.key === Qt.Key_End) { moveCurrent(count, 0); event.accepted = true }
        else if (event.key === Qt.Key_A && (event.modifiers & Qt.ControlModifier)) { selectAll(); event.accepted = true }
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) { if (currentKey) activated(currentKey); event.accepted = true }
    }

    delegate: AlarmRow {
        width: list.width
        selected: list.selectedKeys.indexOf(key) >= 0
        current: list.currentKey === key
        onClicked: (mouse) => { list.forceActiveFocus(); list.selectRow(index, mouse.modifiers) }
        onDoubleClicked: list.activated(key)
    }

    Label {
        anchors.centerIn: parent
        visible: list.count === 0
        width: list.width - 40
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        font.pixelSize: 16
        opacity: 0.7
        text: Desk.live ? qsTr("No problems match. All quiet.") : qsTr("Waiting for the monitoring server …")
    }
}
