import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OnCallDesk

// The call log: every contact with members, newest first, searchable by member, incident,
// date and text. "Log call…" (key C) opens the form.
ColumnLayout {
    id: root
    readonly property var members: Desk.members
    property var rows: []
    signal logCallRequested()
    spacing: 6

    function refresh() {
        if (!members)
            return
        rows = members.calls({ text: text.text, from: from.text, to: to.text,
                               incidentId: incident.currentIndex > 0 ? incident.model[incident.currentIndex].id : "",
                               memberId: memberFilter.memberId })
    }
    Connections {
        target: root.members
        function onCallsChanged() { root.refresh() }
    }
    onVisibleChanged: if (visible) refresh()

    RowLayout {
        Layout.fillWidth: true
        Layout.margins: 6
        TextField {
            id: text
            objectName: "callSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search topic, summary or number")
            onTextChanged: root.refresh()
        }
        TextField {
            id: memberFilter
            property string memberId: ""
            Layout.preferredWidth: 160
            placeholderText: qsTr("Member")
            onTextChanged: {
                const found = text.length > 1 && root.members ? root.members.searchMembers(text) : []
                memberId = found.length === 1 ? found[0].id : ""
                root.refresh()
            }
        }
        ComboBox {
            id: incident
            Layout.preferredWidth: 170
            textRole: "title"
            model: [{ id: "", title: qsTr("All incidents") }].concat(root.members ? root.members.openIncidents() : [])
            onActivated: root.refresh()
        }
        TextField { id: from; Layout.preferredWidth: 100; placeholderText: qsTr("from yyyy-mm-dd"); onEditingFinished: root.refresh() }
        TextField { id: to; Layout.preferredWidth: 100; placeholderText: qsTr("to yyyy-mm-dd"); onEditingFinished: root.refresh() }
        Button { text: qsTr("Log call…"); onClicked: root.logCallRequested() }
    }
    Label {
        Layout.leftMargin: 6
        text: qsTr("%n call(s)", "", root.rows.length)
        opacity: 0.7
    }
    ListView {
        objectName: "callList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.rows
        ScrollBar.vertical: ScrollBar { }
        delegate: Frame {
            required property var modelData
            width: ListView.view.width - 12
            padding: 6
            ColumnLayout {
                width: parent.width
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label { text: modelData.timeText; font.family: "monospace"; opacity: 0.8 }
                    Label {
                        text: (modelData.outgoing ? "↗ " : "↙ ") + modelData.member
                        font.bold: true
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                    Label {
                        text: ({ open: qsTr("open"), "handed-over": qsTr("handed over"), resolved: qsTr("resolved") })[modelData.status]
                        color: modelData.status === "open" ? "#c62828" : modelData.status === "resolved" ? "#2e7d32" : "#ef6c00"
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: modelData.topic + (modelData.summary ? " — " + modelData.summary : "")
                    wrapMode: Text.Wrap
                }
                Label {
                    visible: !!modelData.followUp
                    text: qsTr("Follow up: %1").arg(modelData.followUp)
                    color: modelData.followUpOverdue ? "#c62828" : palette.windowText
                    font.bold: modelData.followUpOverdue
                }
                Label {
                    Layout.fillWidth: true
                    visible: !!modelData.incident || !!modelData.handedTo
                    text: (modelData.incident ? qsTr("Incident: %1").arg(modelData.incident) : "")
                          + (modelData.incident && modelData.handedTo ? " · " : "")
                          + (modelData.handedTo ? qsTr("handed over to %1").arg(modelData.handedTo) : "")
                    opacity: 0.7
                    elide: Text.ElideRight
                }
            }
        }
    }
}
