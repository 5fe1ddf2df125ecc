/// A field of work letters are about, with the sentences and chỉ tiêu that belong to it.
struct Topic: Sendable {
    let key: String
    /// Noun phrase for subjects: "công tác thi đua, khen thưởng".
    let activity: String
    /// Party committees write about it (else state bodies).
    let party: Bool
    /// Department codes that lead it; an empty list means every body may.
    let sectors: [String]
    /// Why the work is done (Mục đích).
    let aims: [String]
    /// What is to be done, one sentence each.
    let tasks: [String]
    let metrics: [Metric]
}
