import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OnCallDesk

// Everything known about the selected object: full output, perfdata, vars, comments.
Pane {
    id: pane
    property string key: ""
    property var info: ({})

    function refresh() { info = key.length > 0 ? Desk.details(key) : ({}) }
    onKeyChanged: refresh()
    Connections {
        target: Desk
        function onObjectsChanged(keys) {
            if (keys.length === 0 || keys.indexOf(pane.key) >= 0)
                pane.refresh()
        }
        function onLanguageChanged() { pane.refresh() }
    }

    Label {
        anchors.centerIn: parent
        visible: pane.key.length === 0 || !pane.info.key
        text: qsTr("Select an alarm to see its details.")
        opacity: 0.7
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        visible: !!pane.info.key
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10

            RowLayout {
                Layout.fillWidth: true
                SeverityBadge {
                    severity: pane.info.severity || 0
                    text: pane.info.stateText || ""
                }
                Label {
                    Layout.fillWidth: true
                    text: pane.info.isHost ? pane.info.host : (pane.info.host + " / " + pane.info.displayName)
                    font.bold: true
                    font.pixelSize: 16
                    wrapMode: Text.WrapAnywhere
                }
            }

            GridLayout {
                columns: 2
                columnSpacing: 12
                rowSpacing: 4
                Layout.fillWidth: true
                Label { text: qsTr("State type"); opacity: 0.7 }
                Label { text: pane.info.stateTypeText || ""; Layout.fillWidth: true }
                Label { text: qsTr("State since"); opacity: 0.7 }
                Label {
                    text: Desk.now, pane.info.lastStateChangeTime ? pane.info.lastStateChange + "  (" + Desk.since(pane.info.lastStateChangeTime) + ")" : ""
                    Layout.fillWidth: true; wrapMode: Text.Wrap
                }
                Label { text: qsTr("Last check"); opacity: 0.7 }
                Label { text: pane.info.lastCheck || ""; Layout.fillWidth: true }
                Label { text: qsTr("Check command"); opacity: 0.7 }
                Label { text: pane.info.checkCommand || "—"; Layout.fillWidth: true }
                Label { text: qsTr("Reachable"); opacity: 0.7 }
                Label { text: pane.info.reachable ? qsTr("yes") : qsTr("no: a parent host is down"); Layout.fillWidth: true }
                Label { text: qsTr("Acknowledged"); opacity: 0.7 }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: pane.info.acknowledged
                          ? qsTr("by %1: %2").arg(pane.info.ackAuthor).arg(pane.info.ackComment)
                            + (pane.info.ackExpiry ? "  " + qsTr("(expires %1)").arg(pane.info.ackExpiry) : "")
                          : qsTr("no")
                }
                Label { text: qsTr("In downtime"); opacity: 0.7 }
                Label { text: pane.info.inDowntime ? qsTr("yes") : qsTr("no"); Layout.fillWidth: true }
            }

            Label { text: qsTr("Plugin output"); font.bold: true }
            TextArea {
                Layout.fillWidth: true
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                font.family: "monospace"
                text: pane.info.output || ""
            }

            Label { text: qsTr("Performance data"); font.bold: true; visible: perfRepeater.count > 0 }
            Repeater {
                id: perfRepeater
                model: pane.info.perfdata || []
                delegate: Label {
                    required property string modelData
                    text: modelData
                    font.family: "monospace"
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
            }

            Label { text: qsTr("Custom variables"); font.bold: true; visible: varsRepeater.count > 0 }
            GridLayout {
                columns: 2
                columnSpacing: 12
                Layout.fillWidth: true
                Repeater {
                    id: varsRepeater
                    model: pane.info.vars || []
                    delegate: Label {
                        required property var modelData
                        required property int index
                        text: modelData.name + " = " + modelData.value
                        font.family: "monospace"
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                }
            }

            Label { text: qsTr("Comments"); font.bold: true; visible: commentRepeater.count > 0 }
            Repeater {
                id: commentRepeater
                model: pane.info.comments || []
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: modelData.time + " — " + modelData.author + ": " + modelData.text
                }
            }
        }
    }
}
