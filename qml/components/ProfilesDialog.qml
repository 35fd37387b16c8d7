import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OnCallDesk

// Connections: saved Icinga 2 profiles (or the demo), with "test connection", an explicit
// choice to trust an unknown certificate by its fingerprint, and connect. Passwords go to the
// keyring. Also the welcome dialog on the first start.
Dialog {
    id: dialog
    property var controller: Desk.profiles
    property string editId: ""
    property var lastTest: ({})
    property string status: ""
    property bool statusOk: true

    title: qsTr("Connections")
    modal: true
    width: Math.min(parent ? parent.width - 40 : 760, 760)
    height: Math.min(parent ? parent.height - 40 : 680, 680)
    anchors.centerIn: parent

    function load(profile) {
        editId = profile ? profile.id : ""
        nameField.text = profile ? profile.name : ""
        typeBox.currentIndex = profile && profile.type === "demo" ? 1 : 0
        urlsField.text = profile ? profile.urls : "https://"
        userField.text = profile ? profile.user : ""
        passwordField.text = ""
        caField.text = profile ? profile.caFile : ""
        tlsField.text = profile ? profile.tlsName : ""
        pinField.text = profile ? profile.pinnedSha256 : ""
        lastTest = ({})
        status = ""
    }
    function fields() {
        return { id: editId, name: nameField.text, type: typeBox.currentIndex === 1 ? "demo" : "icinga2",
                 urls: urlsField.text, user: userField.text, caFile: caField.text, tlsName: tlsField.text,
                 pinnedSha256: pinField.text }
    }
    function openFor() {
        var list = controller.profiles
        var current = null
        for (var i = 0; i < list.length; ++i)
            if (list[i].current) current = list[i]
        load(current || (list.length > 0 ? list[0] : null))
        open()
    }

    Connections {
        target: dialog.controller
        function onSaved(ok, message, id) {
            dialog.status = message
            dialog.statusOk = ok
            if (ok) dialog.editId = id
        }
        function onTested(result) {
            dialog.lastTest = result
            dialog.status = result.message
            dialog.statusOk = result.ok
        }
        function onConnected(ok, message) {
            dialog.status = message
            dialog.statusOk = ok
            if (ok) dialog.close()
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 8

            Label {
                visible: dialog.controller.firstRun
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.bold: true
                text: qsTr("Welcome to On-Call Desk. Connect it to your Icinga 2 below, or close this dialog and keep exploring the demo data center.")
            }
            Label {
                visible: dialog.controller.startupProblem.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: "#b71c1c"
                text: qsTr("The saved connection could not be opened: %1").arg(dialog.controller.startupProblem)
            }

            RowLayout {
                Layout.fillWidth: true
                ComboBox {
                    id: profileBox
                    Layout.fillWidth: true
                    model: dialog.controller.profiles
                    textRole: "name"
                    displayText: dialog.editId ? currentText : qsTr("New connection")
                    onActivated: (index) => dialog.load(dialog.controller.profiles[index])
                }
                Button { text: qsTr("New"); onClicked: dialog.load(null) }
                Button {
                    text: qsTr("Remove")
                    enabled: dialog.editId.length > 0
                    onClicked: { dialog.controller.remove(dialog.editId); dialog.load(null) }
                }
            }

            GridLayout {
                columns: 2
                columnSpacing: 10
                Layout.fillWidth: true

                Label { text: qsTr("Name") }
                TextField { id: nameField; objectName: "profileName"; Layout.fillWidth: true; placeholderText: qsTr("e.g. Production") }
                Label { text: qsTr("Type") }
                ComboBox { id: typeBox; model: [qsTr("Icinga 2"), qsTr("Demo data center")]; Layout.fillWidth: true }
                Label { text: qsTr("API URLs"); visible: typeBox.currentIndex === 0; Layout.alignment: Qt.AlignTop }
                TextArea {
                    id: urlsField
                    visible: typeBox.currentIndex === 0
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    placeholderText: qsTr("https://icinga-master1.example.org:5665 (one per line; a second master is tried when the first fails)")
                    wrapMode: TextEdit.NoWrap
                    background: Rectangle { color: palette.base; border.color: palette.mid }
                }
                Label { text: qsTr("API user"); visible: typeBox.currentIndex === 0 }
                TextField { id: userField; visible: typeBox.currentIndex === 0; Layout.fillWidth: true }
                Label { text: qsTr("Password"); visible: typeBox.currentIndex === 0 }
                TextField {
                    id: passwordField
                    visible: typeBox.currentIndex === 0
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    placeholderText: dialog.editId ? qsTr("(stored in the keyring; type to change)") : ""
                }
                Label { text: qsTr("CA file"); visible: typeBox.currentIndex === 0 }
                TextField {
                    id: caField
                    visible: typeBox.currentIndex === 0
                    Layout.fillWidth: true
                    placeholderText: qsTr("PEM file that signed the API certificate (empty: system certificates)")
                }
                Label { text: qsTr("TLS name"); visible: typeBox.currentIndex === 0 }
                TextField {
                    id: tlsField
                    visible: typeBox.currentIndex === 0
                    Layout.fillWidth: true
                    placeholderText: qsTr("Name in the certificate, if the URL uses another (e.g. an IP address)")
                }
                Label { text: qsTr("Trusted certificate"); visible: typeBox.currentIndex === 0 && pinField.text.length > 0 }
                RowLayout {
                    visible: typeBox.currentIndex === 0 && pinField.text.length > 0
                    Layout.fillWidth: true
                    TextField { id: pinField; readOnly: true; Layout.fillWidth: true; font.family: "monospace" }
                    Button { text: qsTr("Forget"); onClicked: pinField.text = "" }
                }
            }

            // An unknown certificate: show what it is; trusting it is an explicit, stored choice.
            Rectangle {
                visible: dialog.lastTest.untrusted === true && !!dialog.lastTest.fingerprintHex
                Layout.fillWidth: true
                implicitHeight: certColumn.implicitHeight + 16
                color: "#fff3e0"
                border.color: "#e65100"
                ColumnLayout {
                    id: certColumn
                    anchors.fill: parent
                    anchors.margins: 8
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.bold: true
                        color: "#212121"
                        text: qsTr("The server presented a certificate that is not trusted.")
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: "#212121"
                        text: qsTr("Issued to %1 by %2.").arg(dialog.lastTest.subject || "?").arg(dialog.lastTest.issuer || "?")
                    }
                    Label { text: qsTr("SHA-256 fingerprint:"); color: "#212121" }
                    TextEdit {
                        Layout.fillWidth: true
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.WrapAnywhere
                        font.family: "monospace"
                        color: "#212121"
                        text: dialog.lastTest.fingerprint || ""
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: "#212121"
                        text: qsTr("Compare it with the server's: openssl x509 -noout -fingerprint -sha256 -in /var/lib/icinga2/certs/<node>.crt. Trust it only if both match.")
                    }
                    Button {
                        text: qsTr("Trust this certificate")
                        onClicked: {
                            pinField.text = dialog.lastTest.fingerprintHex
                            dialog.controller.test(dialog.fields(), passwordField.text)
                        }
                    }
                }
            }

            Label {
                objectName: "profileStatus"
                Layout.fillWidth: true
                visible: dialog.status.length > 0
                wrapMode: Text.Wrap
                color: dialog.statusOk ? "#1b5e20" : "#b71c1c"
                text: dialog.status
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            text: dialog.controller.testing ? qsTr("Testing …") : qsTr("Test connection")
            enabled: !dialog.controller.testing
            onClicked: dialog.controller.test(dialog.fields(), passwordField.text)
        }
        Button { text: qsTr("Save"); onClicked: dialog.controller.save(dialog.fields(), passwordField.text) }
        Button {
            text: qsTr("Connect")
            enabled: dialog.editId.length > 0
            onClicked: dialog.controller.connectTo(dialog.editId)
        }
        Button { text: qsTr("Close"); DialogButtonBox.buttonRole: DialogButtonBox.RejectRole; onClicked: dialog.close() }
    }
}
