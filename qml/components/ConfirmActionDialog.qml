import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Confirms an action that changes running systems. It says exactly what will happen; for the
// dangerous ones (failover) the user must type the host's name, so a slip of the mouse or
// Enter pressed in the wrong window cannot start it. The reason goes to the command and the
// audit log.
Dialog {
    id: dialog
    property string description: ""
    property string requiredText: ""
    property string actionText: qsTr("Confirm")
    readonly property bool typedOk: requiredText.length === 0 || typed.text.trim() === requiredText

    signal confirmed(string reason)

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 560, 560)

    function openWith(title, description, actionText, requiredText) {
        dialog.title = title
        dialog.description = description
        dialog.actionText = actionText
        dialog.requiredText = requiredText || ""
        typed.text = ""
        reason.text = ""
        open()
        if (dialog.requiredText.length > 0)
            typed.forceActiveFocus()
        else
            reason.forceActiveFocus()
    }
    function accept() {
        if (!typedOk)
            return
        dialog.confirmed(reason.text.trim())
        close()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            Layout.fillWidth: true
            text: dialog.description
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.requiredText.length > 0
            text: qsTr("Type %1 to confirm:").arg("<b>" + dialog.requiredText + "</b>")
            textFormat: Text.StyledText
            wrapMode: Text.Wrap
        }
        TextField {
            id: typed
            objectName: "confirmName"
            visible: dialog.requiredText.length > 0
            Layout.fillWidth: true
            placeholderText: dialog.requiredText
            onAccepted: reason.forceActiveFocus()
        }
        Label { text: qsTr("Reason (for the command and the audit log)") }
        TextField {
            id: reason
            objectName: "confirmReason"
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. host rebooted, VMs did not start")
            onAccepted: dialog.accept()
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "confirmButton"
            text: dialog.actionText
            enabled: dialog.typedOk
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            onClicked: dialog.accept()
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            onClicked: dialog.close()
        }
    }
}
