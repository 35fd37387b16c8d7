import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OnCallDesk

// Acknowledge one or more alarms. A comment is required: colleagues read it to know who is on it.
Dialog {
    id: dialog
    property var keys: []

    title: keys.length === 1 ? qsTr("Acknowledge %1").arg(keys[0].replace("!", " / "))
                             : qsTr("Acknowledge %1 alarms").arg(keys.length)
    modal: true
    width: Math.min(parent ? parent.width - 40 : 520, 520)
    anchors.centerIn: parent

    function openFor(selection) {
        keys = selection
        comment.text = ""
        sticky.checked = false
        notify.checked = true
        expires.checked = false
        open()
        comment.forceActiveFocus()
    }
    function submit() {
        if (comment.text.trim().length === 0)
            return
        Desk.acknowledge(keys, comment.text, sticky.checked, notify.checked, expires.checked ? expiryMinutes.value : 0)
        close()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label { text: qsTr("Comment (required)") }
        TextField {
            id: comment
            objectName: "ackComment"
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. On it, checking the host")
            onAccepted: dialog.submit()
        }
        Label {
            text: qsTr("Author: %1").arg(Desk.defaultAuthor)
            opacity: 0.7
        }
        CheckBox {
            id: sticky
            text: qsTr("Sticky (until the object is OK again)")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Without it, the acknowledgement ends at the next change of state.")
        }
        CheckBox { id: notify; text: qsTr("Notify the other contacts"); checked: true }
        RowLayout {
            CheckBox { id: expires; text: qsTr("Expires after") }
            SpinBox { id: expiryMinutes; enabled: expires.checked; from: 5; to: 10080; stepSize: 15; value: 60; editable: true }
            Label { text: qsTr("minutes"); enabled: expires.checked }
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Acknowledge")
            enabled: comment.text.trim().length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            onClicked: dialog.submit()
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            onClicked: dialog.close()
        }
    }
}
