import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OnCallDesk

// Schedule a fixed downtime starting now, for planned work such as a host reboot.
Dialog {
    id: dialog
    property var keys: []
    property bool anyHost: false

    title: keys.length === 1 ? qsTr("Schedule downtime for %1").arg(keys[0].replace("!", " / "))
                             : qsTr("Schedule downtime for %1 objects").arg(keys.length)
    modal: true
    width: Math.min(parent ? parent.width - 40 : 520, 520)
    anchors.centerIn: parent

    function openFor(selection) {
        keys = selection
        anyHost = selection.some(function(k) { return k.indexOf("!") < 0 })
        comment.text = ""
        open()
        comment.forceActiveFocus()
    }
    function submit() {
        if (comment.text.trim().length === 0)
            return
        Desk.scheduleDowntime(keys, comment.text, duration.value, allServices.checked, childHosts.checked)
        close()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label { text: qsTr("Comment (required)") }
        TextField {
            id: comment
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. Kernel update, reboot")
            onAccepted: dialog.submit()
        }
        RowLayout {
            Label { text: qsTr("Starts now, lasts") }
            SpinBox { id: duration; from: 5; to: 10080; stepSize: 15; value: 60; editable: true }
            Label { text: qsTr("minutes") }
        }
        CheckBox { id: allServices; text: qsTr("Include all services of the host"); checked: true; visible: dialog.anyHost }
        CheckBox { id: childHosts; text: qsTr("Include child hosts (VMs)"); visible: dialog.anyHost }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Schedule")
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
