import QtQuick
import QtQuick.Controls
import QtTest
import OnCallDesk
import "qrc:/OnCallDesk/qml/components"

// Logging a call from the keyboard alone: the number finds the member (the demo's Erika
// Mustermann behind vm12), her open incident (host1 DOWN at 07:08) is suggested, Enter moves on
// and Enter saves. The call lands in the call log and in the incident's journal.
Item {
    id: root
    width: 900
    height: 800

    CallDialog { id: dialog }

    TestCase {
        name: "CallLog"
        when: windowShown

        function findChild(item, name) {
            if (!item)
                return null
            if (item.objectName === name)
                return item
            const kids = item.children || []
            for (let i = 0; i < kids.length; ++i) {
                const found = findChild(kids[i], name)
                if (found)
                    return found
            }
            if (item.contentItem && item.contentItem !== item)
                return findChild(item.contentItem, name)
            return null
        }
        function typeText(text) { for (const c of text) keyClick(c) }

        function test_aCallFromTheKeyboard() {
            tryVerify(() => Desk.members.openIncidents().length === 1, 5000, "host1's incident is open")
            const incidentId = Desk.members.openIncidents()[0].id
            dialog.openWith({})
            tryVerify(() => dialog.opened)
            let keys = 0
            typeText("030 1234567"); keys += 11
            compare(findChild(dialog.contentItem, "callMember").text.indexOf("Erika Mustermann"), 0)
            keyClick(Qt.Key_Return); keys += 1 // to the topic
            typeText("Nextcloud 502"); keys += 13
            keyClick(Qt.Key_Return); keys += 1 // saves
            verify(!dialog.visible, "saved and closed")
            verify(keys < 40, "a few dozen keystrokes, no mouse")

            const calls = Desk.members.calls({})
            compare(calls.length, 1)
            compare(calls[0].memberId, "M-1001")
            compare(calls[0].topic, "Nextcloud 502")
            compare(calls[0].incident, "host1 DOWN")
            compare(calls[0].handedTo, "Jonas", "the member's caretaker is proposed")
            compare(Desk.members.calls({ memberId: "M-1001" }).length, 1)
            compare(Desk.members.calls({ memberId: "M-1003" }).length, 0)
            compare(Desk.members.calls({ text: "502" }).length, 1)

            // Erika has Extended Support 4 h: her clock runs until a response is recorded.
            let row = Desk.members.affected(incidentId).members.filter(m => m.id === "M-1001")[0]
            verify(row.status !== 4, "not answered yet")
            dialog.openWith({ outgoing: true, memberId: "M-1001", incidentId: incidentId })
            tryVerify(() => dialog.opened)
            typeText("Called back"); keyClick(Qt.Key_Return)
            row = Desk.members.affected(incidentId).members.filter(m => m.id === "M-1001")[0]
            compare(row.status, 4, "answered")
            const summary = Desk.members.affected(incidentId).summary
            verify(summary.indexOf("4") >= 0, summary)
        }

        function test_anUnknownNumberIsFoundByName() {
            dialog.openWith({})
            tryVerify(() => dialog.opened)
            typeText("0171 000")
            compare(findChild(dialog.contentItem, "callMember").font.bold, false)
            const search = findChild(dialog.contentItem, "callMemberSearch")
            search.forceActiveFocus()
            typeText("kita")
            keyClick(Qt.Key_Return)
            compare(findChild(dialog.contentItem, "callMember").text.indexOf("Kita Sonnenschein"), 0)
            dialog.close()
        }
    }
}
