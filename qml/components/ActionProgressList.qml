import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OnCallDesk

// Per-VM progress of restarts and failovers: queued, running, done, failed (with the command's
// output), cancelled. Queued items can be cancelled; running commands cannot be taken back.
ColumnLayout {
    id: root
    property var actions: Desk.actions
    spacing: 4

    function statusColor(status) {
        switch (status) {
        case 0: return palette.placeholderText   // queued
        case 1: return "#1565c0"                 // running
        case 2: return "#2e7d32"                 // done
        case 3: return "#c62828"                 // failed
        default: return palette.placeholderText  // cancelled
        }
    }
    function statusSymbol(status) {
        return ["○", "◐", "✓", "✗", "–"][status] || "?"
    }

    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Progress"); font.bold: true; Layout.fillWidth: true }
        Label { text: qsTr("At most"); visible: !!root.actions }
        SpinBox {
            visible: !!root.actions
            Layout.preferredWidth: 100
            from: 1; to: 8
            value: root.actions ? root.actions.concurrency : 2
            onValueModified: root.actions.concurrency = value
            ToolTip.visible: hovered
            ToolTip.text: qsTr("VMs started at the same time: a boot storm heats a host that just came back.")
        }
        Label { text: qsTr("at a time"); visible: !!root.actions }
    }
    Label {
        visible: !root.actions || root.actions.progress.count === 0
        text: qsTr("No VM actions yet.")
        opacity: 0.7
    }
    Repeater {
        model: root.actions ? root.actions.progress : null
        delegate: Frame {
            required property int itemId
            required property string vm
            required property string kind
            required property string target
            required property int status
            required property string statusText
            required property string message
            required property string output
            required property int exitCode
            required property bool cancellable
            Layout.fillWidth: true
            padding: 6
            ColumnLayout {
                width: parent.width
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: root.statusSymbol(status) + " " + statusText
                        color: root.statusColor(status)
                        font.bold: true
                        Layout.preferredWidth: 110
                    }
                    Label {
                        text: kind === "failover" ? qsTr("%1 → %2").arg(vm).arg(target) : vm
                        font.bold: true
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                    Label { visible: exitCode >= 0; text: qsTr("exit %1").arg(exitCode); opacity: 0.7 }
                    Button {
                        visible: cancellable
                        text: qsTr("Cancel")
                        flat: true
                        onClicked: root.actions.cancel(itemId)
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: message
                    wrapMode: Text.Wrap
                    opacity: 0.85
                }
                Label {
                    Layout.fillWidth: true
                    visible: output.length > 0
                    text: output
                    font.family: "monospace"
                    wrapMode: Text.WrapAnywhere
                    maximumLineCount: 6
                    elide: Text.ElideRight
                }
            }
        }
    }
    RowLayout {
        visible: !!root.actions && root.actions.progress.count > 0
        Button { text: qsTr("Cancel queued"); enabled: root.actions && root.actions.active > 0; onClicked: root.actions.cancelQueued() }
        Button { text: qsTr("Clear finished"); onClicked: root.actions.clearFinished() }
    }
}
