import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OnCallDesk

// Log a call while the phone is still warm, from the keyboard: the number first (it finds the
// member), Tab through topic and summary, Enter saves. The member's open incident is suggested,
// the colleague who looks after the member is proposed for the hand-over. "Response" records a
// call back or e-mail to the member, which stops their response clock.
Dialog {
    id: dialog
    readonly property var members: Desk.members
    property var found: ({})
    property var incidentChoices: []
    property bool outgoing: false

    title: outgoing ? qsTr("Record a response") : qsTr("Log a call")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 620, 620)

    function openWith(options) {
        options = options || {}
        outgoing = !!options.outgoing
        number.text = options.number || ""
        memberSearch.text = ""
        topic.text = ""
        summary.text = ""
        handedTo.text = ""
        channel.currentIndex = 0
        status.currentIndex = 0
        followUp.value = 0
        found = options.memberId && members ? members.member(options.memberId) : ({})
        refreshIncidents(options.incidentId || "")
        open()
        if (found.found)
            topic.forceActiveFocus()
        else
            number.forceActiveFocus()
    }
    function refreshIncidents(preferred) {
        const list = [{ id: "", title: qsTr("(no incident)") }]
        const open = members ? (found.found ? members.incidentsFor(found.id) : members.openIncidents()) : []
        for (const i of open)
            list.push(i)
        incidentChoices = list
        let index = 0
        for (let n = 0; n < list.length; ++n)
            if (list[n].id === preferred || (!preferred && n === 1 && found.found))
                index = n
        incident.currentIndex = index
    }
    function lookup() {
        if (!members)
            return
        const m = members.lookupCaller(number.text)
        if (m.found) {
            found = m
            if (!handedTo.text && m.caretaker)
                handedTo.text = m.caretaker
            refreshIncidents(m.incidentId || "")
        } else if (found.found && !memberSearch.text) {
            found = ({})
            refreshIncidents("")
        }
    }
    function choose(m) {
        found = m
        memberSearch.text = ""
        if (!handedTo.text && m.caretaker)
            handedTo.text = m.caretaker
        refreshIncidents("")
        topic.forceActiveFocus()
    }
    function save() {
        const error = members.logCall({
            callerNumber: number.text, memberId: found.found ? found.id : "",
            channel: ["phone", "email", "chat"][channel.currentIndex], outgoing: outgoing,
            topic: topic.text, summary: summary.text,
            incidentId: incidentChoices[incident.currentIndex] ? incidentChoices[incident.currentIndex].id : "",
            handedTo: handedTo.text, status: ["open", "handed-over", "resolved"][status.currentIndex],
            followUpMinutes: followUp.value })
        if (error === "")
            close()
        else
            problem.text = error
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 10
        rowSpacing: 6

        Label { text: dialog.outgoing ? qsTr("Number / address") : qsTr("Caller's number") }
        TextField {
            id: number
            objectName: "callNumber"
            Layout.fillWidth: true
            placeholderText: qsTr("+49 30 1234567")
            inputMethodHints: Qt.ImhDialableCharactersOnly
            onTextEdited: dialog.lookup()
            onAccepted: topic.forceActiveFocus()
        }
        Label { text: qsTr("Member") }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                objectName: "callMember"
                Layout.fillWidth: true
                text: dialog.found.found ? dialog.found.name + " · " + dialog.found.tierName
                                         : qsTr("not found by number: search by name below")
                font.bold: !!dialog.found.found
                color: dialog.found.extended ? "#6a1b9a" : palette.windowText
                elide: Text.ElideRight
            }
            TextField {
                id: memberSearch
                objectName: "callMemberSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Search a member by name")
                onAccepted: if (results.count > 0) dialog.choose(results.model[0])
            }
            ListView {
                id: results
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(count, 4) * 26
                visible: memberSearch.text.length > 0
                clip: true
                model: memberSearch.text.length > 0 && dialog.members ? dialog.members.searchMembers(memberSearch.text) : []
                delegate: ItemDelegate {
                    required property var modelData
                    width: ListView.view.width
                    height: 26
                    text: modelData.name + " · " + modelData.tierName
                    onClicked: dialog.choose(modelData)
                }
            }
        }
        Label { text: qsTr("Channel") }
        ComboBox {
            id: channel
            Layout.fillWidth: true
            model: [qsTr("Phone"), qsTr("E-mail"), qsTr("Chat")]
        }
        Label { text: qsTr("Topic") }
        TextField {
            id: topic
            objectName: "callTopic"
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. Nextcloud slow after the reboot")
            onAccepted: dialog.save()
        }
        Label { text: qsTr("Summary"); Layout.alignment: Qt.AlignTop }
        TextArea {
            id: summary
            objectName: "callSummary"
            Layout.fillWidth: true
            Layout.preferredHeight: 70
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("What the member said, what was agreed")
            KeyNavigation.tab: incident
        }
        Label { text: qsTr("Incident") }
        ComboBox {
            id: incident
            Layout.fillWidth: true
            model: dialog.incidentChoices
            textRole: "title"
        }
        Label { text: qsTr("Handed over to") }
        TextField {
            id: handedTo
            objectName: "callHandedTo"
            Layout.fillWidth: true
            placeholderText: qsTr("the colleague who looks after the member")
            onTextEdited: if (text.length > 0 && status.currentIndex === 0) status.currentIndex = 1
            onAccepted: dialog.save()
        }
        Label { text: qsTr("Status") }
        RowLayout {
            ComboBox {
                id: status
                model: [qsTr("open"), qsTr("handed over"), qsTr("resolved")]
            }
            Label { text: qsTr("Follow up in") }
            SpinBox { id: followUp; from: 0; to: 1440; stepSize: 15; editable: true }
            Label { text: qsTr("min") }
        }
        Label {
            id: problem
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: text.length > 0
            color: "#c62828"
            wrapMode: Text.Wrap
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "callSave"
            text: dialog.outgoing ? qsTr("Record response") : qsTr("Log call")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            onClicked: dialog.save()
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            onClicked: dialog.close()
        }
    }
}
