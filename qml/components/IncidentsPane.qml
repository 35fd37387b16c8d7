import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import OnCallDesk

// Incidents: the list on the left, the selected incident on the right with its state,
// assignee ("I'm on it"), live MTTA/MTTR, conference and review export, and its journal with a
// field for notes. Everything goes through Desk.incidents; nothing here decides.
SplitView {
    id: root
    readonly property var incidents: Desk.incidents
    readonly property var cur: incidents ? incidents.current : ({})
    orientation: Qt.Horizontal

    function stateColor(key) {
        return ({ open: "#c62828", acknowledged: "#ef6c00", investigating: "#1565c0",
                  monitoring: "#6a1b9a", resolved: "#2e7d32", reviewed: "#546e7a" })[key] || "#546e7a"
    }

    // Live durations ("23 min since start") follow the desk's clock.
    Connections {
        target: Desk
        function onTick() {
            if (!root.incidents || !root.incidents.currentId)
                return
            root.curRefresh++
            // The clocks read in whole minutes: recomputing them (topology, calls) every 15 s is enough.
            if (root.curRefresh % 15 === 0)
                root.affectedRefresh++
        }
    }
    property int curRefresh: 0
    property int affectedRefresh: 0
    signal respondRequested(string memberId, string incidentId)
    // The affected members with their clocks, recomputed with the journal and each tick.
    readonly property var affected: {
        affectedRefresh; cur; Desk.members ? Desk.members.callRevision : 0
        return Desk.members && cur.id ? Desk.members.affected(cur.id) : ({})
    }
    function clockColor(status) {
        return ["#1565c0", "#546e7a", "#ef6c00", "#c62828", "#2e7d32"][status] || palette.windowText
    }

    ColumnLayout {
        SplitView.preferredWidth: 300
        SplitView.minimumWidth: 220
        spacing: 4
        Label {
            Layout.margins: 6
            text: root.incidents ? qsTr("%n open incident(s)", "", root.incidents.openCount) : ""
            font.bold: true
        }
        Label {
            Layout.leftMargin: 6
            visible: !!root.incidents && root.incidents.onlineText.length > 0
            text: root.incidents ? root.incidents.onlineText : ""
            color: "#2e7d32"
        }
        ListView {
            id: list
            objectName: "incidentList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.incidents ? root.incidents.list : null
            currentIndex: root.incidents ? root.incidents.list.rowOf(root.incidents.currentId) : -1
            // The newest incident is shown until the user picks another.
            onCountChanged: if (count > 0 && root.incidents && !root.incidents.currentId)
                                root.incidents.currentId = root.incidents.list.idAt(0)
            ScrollBar.vertical: ScrollBar { }
            delegate: ItemDelegate {
                required property string incidentId
                required property string title
                required property string incidentState
                required property string stateText
                required property string assignee
                required property int alarmCount
                required property bool closed
                required property int index
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                onClicked: root.incidents.currentId = incidentId
                contentItem: ColumnLayout {
                    spacing: 2
                    RowLayout {
                        Rectangle { implicitWidth: 10; implicitHeight: 10; radius: 5; color: root.stateColor(incidentState) }
                        Label { text: title; font.bold: !closed; elide: Text.ElideRight; Layout.fillWidth: true }
                    }
                    Label {
                        text: stateText + " · " + qsTr("%n alarm(s)", "", alarmCount)
                              + (assignee ? " · " + assignee : "")
                        opacity: 0.7
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                width: parent.width - 20
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                visible: list.count === 0
                text: qsTr("No incidents. One opens by itself for a HARD problem of a physical host; Alarm → Open incident opens one by hand.")
                opacity: 0.7
            }
        }
    }

    Pane {
        SplitView.fillWidth: true
        Label {
            anchors.centerIn: parent
            visible: !root.cur.id
            text: qsTr("Select an incident.")
            opacity: 0.7
        }
        ColumnLayout {
            anchors.fill: parent
            visible: !!root.cur.id
            spacing: 6

            RowLayout {
                Layout.fillWidth: true
                Rectangle {
                    radius: 3
                    color: root.stateColor(root.cur.state)
                    implicitWidth: stateBadgeText.implicitWidth + 12
                    implicitHeight: stateBadgeText.implicitHeight + 6
                    Label { id: stateBadgeText; anchors.centerIn: parent; text: root.cur.stateText || ""; color: "white"; font.bold: true }
                }
                Label { text: root.cur.title || ""; font.bold: true; font.pixelSize: 16; Layout.fillWidth: true; elide: Text.ElideRight }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: { root.curRefresh; const c = root.incidents ? root.incidents.current : {}
                        return (c.sinceText || "") + " · " + qsTr("MTTA %1").arg(c.mttaText || "") + " · "
                               + qsTr("MTTR %1").arg(c.mttrText || "") + " · "
                               + qsTr("%1 of %n alarm(s) open", "", c.alarmCount || 0).arg(c.openAlarms || 0) }
            }
            Label {
                Layout.fillWidth: true
                text: root.cur.assignee ? qsTr("%1 is on it.").arg(root.cur.assignee) : qsTr("Nobody has claimed it yet.")
                font.bold: !root.cur.assignee
                color: root.cur.assignee ? palette.windowText : "#c62828"
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Button {
                    objectName: "claimButton"
                    text: qsTr("I'm on it")
                    enabled: !root.cur.mine && !root.cur.closed
                    onClicked: root.incidents.claim()
                }
                Repeater {
                    model: root.cur.next || []
                    delegate: Button {
                        required property var modelData
                        text: modelData.key === "resolved" ? qsTr("Resolve") : qsTr("→ %1").arg(modelData.text)
                        onClicked: root.incidents.setState(modelData.key)
                    }
                }
                Button {
                    text: qsTr("Start conference")
                    enabled: !!root.incidents && root.incidents.conferenceName.length > 0
                    ToolTip.visible: hovered
                    ToolTip.text: root.incidents && root.incidents.conferenceName ? qsTr("Creates a room on %1, posts the link to the journal and opens it.").arg(root.incidents.conferenceName)
                                                                                   : qsTr("No conference service is configured.")
                    onClicked: root.incidents.startConference()
                }
                Button {
                    visible: !!root.cur.conferenceUrl
                    text: qsTr("Copy link")
                    onClicked: root.incidents.copyToClipboard(root.cur.conferenceUrl)
                }
                Button { text: qsTr("Export…"); onClicked: exportMenu.open() 
                    Menu {
                        id: exportMenu
                        MenuItem { text: qsTr("Review as Markdown…"); onTriggered: { saveDialog.format = "md"; saveDialog.open() } }
                        MenuItem { text: qsTr("Review as PDF…"); onTriggered: { saveDialog.format = "pdf"; saveDialog.open() } }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: 4
                Label { text: qsTr("Affected members"); font.bold: true }
                Label { text: root.affected.summary || ""; opacity: 0.8; Layout.fillWidth: true; elide: Text.ElideRight }
            }
            ListView {
                id: affectedView
                objectName: "affectedMembers"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(count, 5) * 38
                visible: count > 0
                clip: true
                model: root.affected.members || []
                ScrollBar.vertical: ScrollBar { }
                delegate: RowLayout {
                    required property var modelData
                    width: ListView.view.width - 12
                    height: 38
                    spacing: 8
                    Label { text: modelData.name; font.bold: modelData.extended; Layout.preferredWidth: 170; elide: Text.ElideRight }
                    Label { text: modelData.tierName; Layout.preferredWidth: 140; elide: Text.ElideRight; opacity: 0.8 }
                    Label {
                        text: modelData.clockText
                        color: root.clockColor(modelData.status)
                        font.bold: modelData.status === 2 || modelData.status === 3
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                    Button {
                        text: qsTr("Respond…")
                        flat: true
                        visible: modelData.status !== 4
                        onClicked: root.respondRequested(modelData.id, root.cur.id)
                    }
                }
            }

            Label { text: qsTr("Journal"); font.bold: true; Layout.topMargin: 4 }
            ListView {
                id: journalView
                objectName: "journalView"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: root.incidents ? root.incidents.journal : null
                ScrollBar.vertical: ScrollBar { }
                onCountChanged: positionViewAtEnd()
                delegate: RowLayout {
                    required property string timeText
                    required property string author
                    required property string kind
                    required property string kindText
                    required property string text
                    width: ListView.view.width - 12
                    spacing: 8
                    Label { text: timeText; font.family: "monospace"; Layout.alignment: Qt.AlignTop; opacity: 0.8 }
                    Label {
                        text: kindText
                        Layout.preferredWidth: 110
                        Layout.alignment: Qt.AlignTop
                        font.bold: kind === "note" || kind === "assign"
                        color: kind === "alarm" ? "#c62828" : kind === "recovery" ? "#2e7d32" : palette.windowText
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: (author ? "<b>" + author + ":</b> " : "") + parent.text.replace(/&/g, "&amp;").replace(/</g, "&lt;")
                        textFormat: Text.StyledText
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: note
                    objectName: "noteField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Add a note for the team (Enter)")
                    onAccepted: if (root.incidents.addNote(text) === "") text = ""
                }
                Button { text: qsTr("Add note"); enabled: note.text.trim().length > 0; onClicked: note.accepted() }
            }
        }
    }

    FileDialog {
        id: saveDialog
        property string format: "md"
        fileMode: FileDialog.SaveFile
        currentFile: root.incidents ? root.incidents.suggestedExportName(format) : ""
        nameFilters: format === "pdf" ? [qsTr("PDF files (*.pdf)")] : [qsTr("Markdown files (*.md)")]
        onAccepted: root.incidents.exportReview(format, selectedFile)
    }
}
