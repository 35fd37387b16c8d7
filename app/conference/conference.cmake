# Ad-hoc conference rooms for an incident (Jitsi Meet, BigBlueButton); no UI here.
target_sources(oncalldesk PRIVATE
    conference/ConferenceProvider.h
    conference/JitsiProvider.cpp conference/JitsiProvider.h
    conference/BigBlueButtonProvider.cpp conference/BigBlueButtonProvider.h
)
