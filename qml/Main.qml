import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OnCallDesk
import QtQuick.Dialogs
import "components"

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    minimumWidth: 720
    minimumHeight: 420
    // --hidden (autostart): stay in the tray until asked for.
    property bool startHidden: false
    visible: !startHidden
    title: (Desk.demo ? qsTr("DEMO") + " — " : "") + qsTr("On-Call Desk") + " — " + Desk.sourceName
           + (Desk.unacknowledged > 0 ? "  (" + Desk.unacknowledged + ")" : "")

    readonly property var selection: alarmList.selectedKeys.length > 0 ? alarmList.selectedKeys
                                     : (alarmList.currentKey ? [alarmList.currentKey] : [])
    readonly property bool canAct: selection.length > 0 && !Desk.busy

    // Closing hides to the tray when there is one; without a tray the window only minimises,
    // so the desk never vanishes while alarms may come. Quit is in the File and tray menus.
    onClosing: (close) => {
        close.accepted = false
        if (Desk.trayAvailable)
            window.hide()
        else
            window.showMinimized()
    }
    Binding { target: Desk; property: "windowVisible"; value: window.visible }

    Connections {
        target: Desk
        function onRaiseRequested() {
            window.show()
            if (window.visibility === Window.Minimized)
                window.showNormal()
            window.raise()
            window.requestActivate()
        }
        function onActivateRequested(key) {
            filterField.text = ""
            var row = Desk.alarms.rowOf(key)
            if (row < 0) {
                // The alarm may be hidden by a toggle (e.g. acknowledged meanwhile): show everything.
                Desk.alarms.problemsOnly = false
                row = Desk.alarms.rowOf(key)
            }
            if (row >= 0)
                alarmList.selectRow(row, 0)
        }
        function onWindowAlert(title, body, urgency) {
            // One banner: a lesser alert does not push a critical one away.
            if (windowAlert.visible && urgency < windowAlert.urgency)
                return
            windowAlert.urgency = urgency
            windowAlert.title = title
            windowAlert.body = body
            windowAlert.visible = true
        }
        function onActionFinished(ok, message) {
            window.showActionMessage(ok, message)
        }
    }
    Connections {
        target: Desk.members
        function onMessage(text, ok) { statusBar.lastMessageOk = ok; statusBar.lastMessage = text }
    }
    Connections {
        target: Desk.incidents
        function onMessage(text, ok) { window.showActionMessage(ok, text) }
    }
    Connections {
        target: Desk.actions
        function onMessage(text, ok) {
            statusBar.lastMessageOk = ok
            statusBar.lastMessage = text.split("\n")[0]
        }
    }
    function showActionMessage(ok, message) {
        statusBar.lastMessageOk = ok
        statusBar.lastMessage = message.split("\n")[0]
        if (!ok) {
            errorDialog.text = message
            errorDialog.open()
        }
    }

    Action { id: ackAction; text: qsTr("&Acknowledge…"); shortcut: "A"; enabled: window.canAct
             onTriggered: ackDialog.openFor(window.selection) }
    Action { id: unackAction; text: qsTr("&Remove acknowledgement"); shortcut: "Shift+A"; enabled: window.canAct
             onTriggered: Desk.removeAcknowledgement(window.selection) }
    Action { id: recheckAction; text: qsTr("Re&check now"); shortcut: "R"; enabled: window.canAct
             onTriggered: Desk.recheck(window.selection) }
    Action { id: downtimeAction; text: qsTr("Schedule &downtime…"); shortcut: "D"; enabled: window.canAct
             onTriggered: downtimeDialog.openFor(window.selection) }
    Action { id: logCallAction; text: qsTr("&Log call…"); shortcut: "C"; enabled: !!Desk.members
             onTriggered: callDialog.openWith({}) }
    Action { id: vmActionsAction; text: qsTr("&VM actions for this host…"); shortcut: "V"
             enabled: alarmList.currentKey.length > 0; onTriggered: rightTabs.currentIndex = 2 }
    Shortcut { sequence: "Ctrl+F"; onActivated: filterField.forceActiveFocus() }
    Shortcut { sequence: "Ctrl+Q"; onActivated: Qt.quit() }
    Shortcut { sequence: "Escape"; onActivated: { filterField.text = ""; alarmList.forceActiveFocus() } }

    menuBar: MenuBar {
        Menu {
            title: qsTr("&File")
            Action { text: qsTr("&Connections…"); shortcut: "Ctrl+,"; onTriggered: profilesDialog.openFor() }
            Action { text: qsTr("&Import members…"); enabled: !!Desk.members; onTriggered: importDialog.open() }
            MenuSeparator { }
            Action { text: qsTr("&Quit"); onTriggered: Qt.quit() }
        }
        Menu {
            title: qsTr("&Alarm")
            MenuItem { action: ackAction }
            MenuItem { action: unackAction }
            MenuItem { action: recheckAction }
            MenuItem { action: downtimeAction }
            MenuSeparator { }
            MenuItem { action: vmActionsAction }
            MenuItem { action: logCallAction }
            MenuItem {
                text: qsTr("Open &incident for this alarm")
                enabled: alarmList.currentKey.length > 0 && !!Desk.incidents
                onTriggered: { Desk.incidents.openFor(alarmList.currentKey); leftTabs.currentIndex = 2 }
            }
            MenuItem { text: qsTr("Audit log…"); onTriggered: auditDialog.openLog() }
            MenuSeparator { }
            Menu {
                title: qsTr("&Snooze notifications")
                MenuItem { text: qsTr("For 15 minutes"); onTriggered: Desk.snooze(15) }
                MenuItem { text: qsTr("For 60 minutes"); onTriggered: Desk.snooze(60) }
                MenuItem { text: qsTr("End snooze"); enabled: Desk.snoozed; onTriggered: Desk.cancelSnooze() }
            }
        }
        Menu {
            title: qsTr("&View")
            MenuItem { text: qsTr("Problems only"); checkable: true; checked: Desk.alarms.problemsOnly
                       onToggled: Desk.alarms.problemsOnly = checked }
            MenuItem { text: qsTr("Soft states"); checkable: true; checked: Desk.alarms.showSoft
                       onToggled: Desk.alarms.showSoft = checked }
            MenuItem { text: qsTr("Acknowledged"); checkable: true; checked: Desk.alarms.showAcknowledged
                       onToggled: Desk.alarms.showAcknowledged = checked }
            MenuItem { text: qsTr("In downtime"); checkable: true; checked: Desk.alarms.showDowntime
                       onToggled: Desk.alarms.showDowntime = checked }
            MenuSeparator { }
            MenuItem { text: qsTr("Sound for critical alarms"); checkable: true; checked: Desk.soundEnabled
                       onToggled: Desk.soundEnabled = checked }
            MenuSeparator { }
            Menu {
                title: qsTr("Language")
                MenuItem { text: "Deutsch"; checkable: true; checked: Desk.language === "de"; onTriggered: Desk.setLanguage("de") }
                MenuItem { text: "English"; checkable: true; checked: Desk.language === "en"; onTriggered: Desk.setLanguage("en") }
            }
        }
        Menu {
            title: qsTr("&Help")
            Action { text: qsTr("Keyboard shortcuts"); onTriggered: shortcutsDialog.open() }
        }
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            spacing: 8
            Rectangle {
                visible: Desk.demo
                color: "#1565c0"
                radius: 3
                implicitWidth: demoLabel.implicitWidth + 16
                implicitHeight: demoLabel.implicitHeight + 8
                Label {
                    id: demoLabel
                    anchors.centerIn: parent
                    color: "white"
                    font.bold: true
                    text: qsTr("DEMO · story time %1").arg(Desk.storyTime)
                }
            }
            // The service period in plain words: how many colleagues are around right now.
            Rectangle {
                visible: !!Desk.members
                color: Desk.members ? ["#2e7d32", "#ef6c00", "#6a1b9a"][Desk.members.period] : "transparent"
                radius: 3
                implicitWidth: periodLabel.implicitWidth + 16
                implicitHeight: periodLabel.implicitHeight + 8
                Label {
                    id: periodLabel
                    objectName: "servicePeriod"
                    anchors.centerIn: parent
                    color: "white"
                    font.bold: true
                    text: { Desk.storyTime; return Desk.members ? Desk.members.periodText : "" }
                }
            }
            TextField {
                id: filterField
                objectName: "filterField"
                Layout.preferredWidth: 260
                Layout.minimumWidth: 140
                placeholderText: qsTr("Filter host, service, output (Ctrl+F)")
                selectByMouse: true
                onTextChanged: Desk.alarms.filterText = text
                Keys.onDownPressed: alarmList.forceActiveFocus()
            }
            CheckBox { text: qsTr("Soft"); checked: Desk.alarms.showSoft; onToggled: Desk.alarms.showSoft = checked
                       ToolTip.visible: hovered; ToolTip.text: qsTr("Show problems that have not been confirmed yet (SOFT)") }
            CheckBox { text: qsTr("Acknowledged"); checked: Desk.alarms.showAcknowledged
                       onToggled: Desk.alarms.showAcknowledged = checked }
            CheckBox { text: qsTr("Downtime"); checked: Desk.alarms.showDowntime
                       onToggled: Desk.alarms.showDowntime = checked }
            Item { Layout.fillWidth: true }
            ToolButton { action: ackAction; ToolTip.visible: hovered; ToolTip.text: qsTr("Acknowledge the selected alarms (A)") }
            ToolButton { action: recheckAction; ToolTip.visible: hovered; ToolTip.text: qsTr("Check the selected objects now (R)") }
            ToolButton { action: downtimeAction; ToolTip.visible: hovered; ToolTip.text: qsTr("Schedule a downtime (D)") }
        }
    }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        ColumnLayout {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 420
            spacing: 0
            TabBar {
                id: leftTabs
                Layout.fillWidth: true
                TabButton { text: qsTr("Alarms") }
                TabButton { text: qsTr("Topology"); objectName: "topologyTab" }
                TabButton {
                    objectName: "incidentsTab"
                    text: Desk.incidents && Desk.incidents.openCount > 0 ? qsTr("Incidents (%1)").arg(Desk.incidents.openCount)
                                                                         : qsTr("Incidents")
                }
                TabButton { text: qsTr("Calls"); objectName: "callsTab" }
            }
            Label {
                visible: leftTabs.currentIndex === 0
                Layout.fillWidth: true
                Layout.margins: 6
                text: qsTr("%n alarm(s) shown · sorted by severity, then newest first", "", alarmList.count)
                        + (alarmList.selectedKeys.length > 1 ? " · " + qsTr("%1 selected").arg(alarmList.selectedKeys.length) : "")
                opacity: 0.7
                elide: Text.ElideRight
            }
            ConnectionBanner {
                Layout.fillWidth: true
            }
            // The alarm list limited to a topology node: say so, with a way out.
            RowLayout {
                visible: Desk.scopeKey.length > 0
                Layout.fillWidth: true
                Layout.margins: 4
                Label { text: qsTr("Only alarms of %1 and what depends on it").arg(Desk.scopeKey); font.bold: true }
                Button { text: qsTr("Show all"); onClicked: Desk.setScope("") }
                Item { Layout.fillWidth: true }
            }
            // Shown when no desktop notification service and no tray exist: the window itself alerts.
            Rectangle {
                id: windowAlert
                property string title: ""
                property string body: ""
                property int urgency: 0
                visible: false
                Layout.fillWidth: true
                implicitHeight: visible ? alertRow.implicitHeight + 16 : 0
                color: "#b71c1c"
                RowLayout {
                    id: alertRow
                    anchors.fill: parent
                    anchors.margins: 8
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: "white"
                        font.bold: true
                        text: windowAlert.title + (windowAlert.body ? " — " + windowAlert.body : "")
                    }
                    Button { text: qsTr("Dismiss"); onClicked: { windowAlert.visible = false; windowAlert.urgency = 0 } }
                }
            }
            TopologyView {
                visible: leftTabs.currentIndex === 1
                Layout.fillWidth: true
                Layout.fillHeight: true
                highlightKey: alarmList.currentKey
                scopeKey: Desk.scopeKey
                onScopeChosen: (key) => Desk.setScope(Desk.scopeKey === key ? "" : key)
            }
            IncidentsPane {
                visible: leftTabs.currentIndex === 2
                Layout.fillWidth: true
                Layout.fillHeight: true
                onRespondRequested: (memberId, incidentId) => callDialog.openWith({ outgoing: true, memberId: memberId, incidentId: incidentId })
            }
            CallsPane {
                visible: leftTabs.currentIndex === 3
                Layout.fillWidth: true
                Layout.fillHeight: true
                onLogCallRequested: callDialog.openWith({})
            }
            AlarmList {
                id: alarmList
                objectName: "alarmList"
                visible: leftTabs.currentIndex === 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                model: Desk.alarms
                onActivated: (key) => ackDialog.openFor([key])
            }
        }

        ColumnLayout {
            SplitView.preferredWidth: 460
            SplitView.minimumWidth: 300
            spacing: 0
            TabBar {
                id: rightTabs
                Layout.fillWidth: true
                TabButton { text: qsTr("Details") }
                TabButton { text: qsTr("Charts"); objectName: "chartsTab" }
                TabButton { text: qsTr("VM actions"); objectName: "actionsTab" }
            }
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: rightTabs.currentIndex
                DetailsPane { key: alarmList.currentKey }
                ChartsPane { key: alarmList.currentKey }
                HostActionsPane { key: alarmList.currentKey }
            }
        }
    }

    footer: StatusBar { id: statusBar }

    // After any dialog the keyboard belongs to the list again (A, type, Enter, ↓ …).
    AcknowledgeDialog { id: ackDialog; onClosed: alarmList.forceActiveFocus() }
    DowntimeDialog { id: downtimeDialog; onClosed: alarmList.forceActiveFocus() }
    ProfilesDialog { id: profilesDialog; onClosed: alarmList.forceActiveFocus() }
    AuditLogDialog { id: auditDialog; onClosed: alarmList.forceActiveFocus() }
    CallDialog { id: callDialog; onClosed: alarmList.forceActiveFocus() }
    FileDialog {
        id: importDialog
        nameFilters: [qsTr("Members (*.csv *.json)")]
        onAccepted: Desk.members.importMembers(selectedFile)
    }

    Dialog {
        id: errorDialog
        property alias text: errorText.text
        title: qsTr("Action failed")
        onClosed: alarmList.forceActiveFocus()
        modal: true
        anchors.centerIn: parent
        width: Math.min(window.width - 40, 520)
        standardButtons: Dialog.Ok
        Label { id: errorText; width: parent.width; wrapMode: Text.Wrap }
    }

    Dialog {
        id: shortcutsDialog
        title: qsTr("Keyboard shortcuts")
        onClosed: alarmList.forceActiveFocus()
        modal: true
        anchors.centerIn: parent
        standardButtons: Dialog.Close
        GridLayout {
            columns: 2
            columnSpacing: 20
            Label { text: "A" }            Label { text: qsTr("Acknowledge the selection") }
            Label { text: qsTr("Shift+A") }     Label { text: qsTr("Remove the acknowledgement") }
            Label { text: "R" }            Label { text: qsTr("Recheck now") }
            Label { text: "D" }            Label { text: qsTr("Schedule downtime") }
            Label { text: qsTr("Ctrl+F") }      Label { text: qsTr("Filter") }
            Label { text: qsTr("Ctrl+A") }      Label { text: qsTr("Select all alarms") }
            Label { text: qsTr("↑ ↓ with Shift") } Label { text: qsTr("Move, extend the selection") }
            Label { text: qsTr("Enter") }       Label { text: qsTr("Acknowledge the current alarm") }
            Label { text: qsTr("Esc") }         Label { text: qsTr("Clear the filter") }
        }
    }

    Component.onCompleted: {
        alarmList.forceActiveFocus()
        // First start (no connection saved yet), or the saved one failed: offer the connection dialog.
        if (Desk.profiles && (Desk.profiles.firstRun || Desk.profiles.startupProblem.length > 0) && !startHidden)
            profilesDialog.openFor()
    }
}
