import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OnCallDesk

// The audit trail of VM actions on this machine: who asked for what, when, and how it ended.
Dialog {
    id: dialog
    property var entries: []
    title: qsTr("Audit log")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 900, 900)
    height: Math.min(parent ? parent.height - 40 : 560, 560)
    standardButtons: Dialog.Close

    function openLog() {
        entries = Desk.actions ? Desk.actions.auditEntries(300).reverse() : []
        open()
    }
    function outcomeText(o) {
        return ({ requested: qsTr("requested"), ok: qsTr("done"), failed: qsTr("failed"),
                  cancelled: qsTr("cancelled"), refused: qsTr("refused") })[o] || o
    }
    function actionText(a) {
        return ({ restart: qsTr("restart"), failover: qsTr("failover") })[a] || a
    }

    ColumnLayout {
        anchors.fill: parent
        Label {
            Layout.fillWidth: true
            text: qsTr("Newest first. File: %1").arg(Desk.actions ? Desk.actions.auditPath : "")
            elide: Text.ElideMiddle
            opacity: 0.7
        }
        Label { visible: dialog.entries.length === 0; text: qsTr("No entries yet."); opacity: 0.7 }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.entries
            ScrollBar.vertical: ScrollBar { }
            delegate: ColumnLayout {
                required property var modelData
                width: ListView.view.width - 12
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: modelData.timeText + "  ·  " + modelData.user + "  ·  " + dialog.actionText(modelData.action)
                          + " " + modelData.object + "  ·  " + dialog.outcomeText(modelData.outcome)
                          + (modelData.exitCode >= 0 ? " (" + qsTr("exit %1").arg(modelData.exitCode) + ")" : "")
                    font.bold: modelData.outcome === "failed" || modelData.outcome === "refused"
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    Layout.bottomMargin: 6
                    text: modelData.detail + (modelData.output ? " — " + modelData.output : "")
                    opacity: 0.7
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
            }
        }
    }
}
