//! `he`/`she` resolved to the paragraph's subject rather than the first
//! name it happens to mention.

use super::*;

#[test]
fn she_is_the_subject_who_spoke_not_the_outlet_named_first() {
    // The outlet's name looks like a person's to the entity finder.
    let specs: &[Spec] = &[("Vogue", P, &[]), ("Ana Ruiz", P, &["Ruiz"])];
    let text = "Speaking to Vogue, designer Ana Ruiz said the show had been \
                cancelled. She went on to say, “We will be back next spring, \
                with a bigger tent.”";
    assert_eq!(speakers(text, specs), [some("Ana Ruiz")]);
}

#[test]
fn he_is_the_name_that_opens_the_sentence_before() {
    let specs: &[Spec] = &[("Tom Hale", P, &[]), ("Lee Park", P, &[])];
    let text = "Critics praised Tom Hale for the rescue. Lee Park, the fire chief, \
                ordered a review. Later he told reporters: “Nobody here will cut \
                corners again, not on my watch.”";
    assert_eq!(speakers(text, specs), [some("Lee Park")]);
}

#[test]
fn an_unnamed_subject_blocks_an_older_speaker() {
    let specs: &[Spec] = &[("Port Authority", O, &[]), ("Tom Hale", P, &["Hale"])];
    let text = "“The pier is safe,” the Port Authority said.\n\n\
                The ministry of transport said on Monday that ferries would stop. \
                “The risk is too high,” it said.\n\n\
                “We will reopen,” Hale said. A police spokeswoman told reporters the \
                road was shut. “Nobody was hurt,” she said.";
    assert_eq!(
        speakers(text, specs),
        [some("Port Authority"), None, some("Tom Hale"), None]
    );
}

#[test]
fn a_company_by_its_legal_form_is_it() {
    // The name finder took the company for a person.
    let specs: &[Spec] = &[("Port Authority", O, &[]), ("Acme Corp", P, &[])];
    let text = "“The pier is safe,” the Port Authority said.\n\n\
                Acme Corp said it “deeply regrets” the outage. \
                “Our engineers worked through the night,” the company said.";
    assert_eq!(
        speakers(text, specs),
        [some("Port Authority"), some("Acme Corp"), some("Acme Corp")]
    );
}
