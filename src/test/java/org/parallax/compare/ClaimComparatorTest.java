package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Relation;
import org.parallax.model.RelationKind;

class ClaimComparatorTest {
    private static final ClaimComparator COMPARATOR = new ClaimComparator();

    private static Comparison compare(String a, String b) {
        return COMPARATOR.compare(a, b);
    }

    @Test
    void differentNumbersOfOneUnitAreAContradictionNamingBothNumbers() {
        Comparison c = compare("The rebels advanced 30 kilometers into the region on Monday.",
                "The rebels advanced 50 kilometers into the region on Monday.");
        assertEquals(Relation.CONTRADICT, c.relation(), c.explanation());
        assertEquals(RelationKind.NUMBER, c.kind());
        assertTrue(c.explanation().contains("30 kilometers") && c.explanation().contains("50 kilometers"), c.explanation());
    }

    @Test
    void likeWordsAroundTwoDifferentDaysAreNotShownAsAgreeing() {
        Comparison c = compare("Tokyo shares ended lower on Wednesday as exporters fell.",
                "Japanese stocks ended lower on Friday, dragged down by exporters.");
        assertNotEquals(Relation.AGREE, c.relation(), c.explanation());
        assertNotEquals(Relation.CONTRADICT, c.relation(), c.explanation());
        assertTrue(c.explanation().contains("'Wednesday'") && c.explanation().contains("'Friday'"), c.explanation());
        assertEquals(RelationKind.DATE, c.kind(), "kept for the report as a difference named without a mark");
    }

    @Test
    void likeWordsAroundTwoFiguresThatCannotBothBeTrueAreNotShownAsAgreeing() {
        Comparison c = compare("The Red Sox offered Teixeira an eight-year contract worth $200 million, a report said.",
                "A report said the Nationals raised their offer to Teixeira to an eight-year contract worth about $160 million.");
        assertNotEquals(Relation.AGREE, c.relation(), c.explanation());
        assertNotEquals(Relation.CONTRADICT, c.relation(), c.explanation());
    }

    /** Two claims of a story, each with the people its annotation names. */
    private static Comparison compareClaims(String a, List<String> peopleA, String b, List<String> peopleB) {
        List<float[]> v = COMPARATOR.embedder().embedAll(List.of(a, b));
        return COMPARATOR.compare(Statement.of(a).withPeople(peopleA), Statement.of(b).withPeople(peopleB),
                Embedder.cosine(v.get(0), v.get(1)), null, null);
    }

    @Test
    void likeWordsAboutTwoDifferentPeopleAreNotShownAsAgreeing() {
        Comparison c = compareClaims("Harbour Rovers striker Tom Ellery was arrested on suspicion of drunk driving on Saturday.",
                List.of("Tom Ellery"), "Harbour Rovers goalkeeper Sam Okoro was arrested on suspicion of drunk driving.", List.of("Sam Okoro"));
        assertEquals(Relation.RELATED, c.relation(), c.explanation());
        assertEquals(RelationKind.ENTITY, c.kind());
        assertTrue(c.explanation().contains("'Tom Ellery'") && c.explanation().contains("'Sam Okoro'"), c.explanation());
    }

    @Test
    void oneFactQuotedFromTwoPeopleStillAgrees() {
        Comparison c = compareClaims("Three people died in the warehouse fire, fire chief Anna Berg said.", List.of("Anna Berg"),
                "Three people died in the warehouse fire, police spokesman Carl Dunn said.", List.of("Carl Dunn"));
        assertEquals(Relation.AGREE, c.relation(), c.explanation());
    }

    @Test
    void onePersonNamedInFullAndBySurnameStillAgrees() {
        Comparison c = compareClaims("Coach Mark Ellis resigned on Monday after the cup defeat.", List.of("Mark Ellis"),
                "Ellis resigned on Monday after the cup defeat.", List.of("Ellis"));
        assertEquals(Relation.AGREE, c.relation(), c.explanation());
    }

    @Test
    void aNumberGivenInTwoUnitsIsNotAContradiction() {
        Comparison c = compare("The new runway adds 3 kilometers (2 miles) to the airport.",
                "The new runway adds 3 kilometers to the airport.");
        assertNotEquals(Relation.CONTRADICT, c.relation(), c.explanation());
    }

    @Test
    void twoPlacesOfOneTripAreNotAContradiction() {
        Comparison c = compare("The minister, who flew to Lyon last week, held talks with the mayor.",
                "On a stop in Paris, the minister held talks with the mayor.");
        assertNotEquals(Relation.CONTRADICT, c.relation(), c.explanation());
    }

    @Test
    void aScaleWordLeftOutOnOneSideIsNotAContradiction() {
        Comparison c = compare("The film's opening weekend beat the previous record of $61.3 million set by a sequel.",
                "The opening weekend beat the previous record of $61.3 set by a sequel in 2001.");
        assertNotEquals(Relation.CONTRADICT, c.relation(), c.explanation());
    }

    @Test
    void aDenialOfWhatTheOtherSideSaysRarelyHappensIsNotAContradiction() {
        Comparison c = compare("The toll is not known, since the county rarely keeps full records of its shelters.",
                "The exact toll was not known because the county does not keep accurate records of its shelters.");
        assertNotEquals(Relation.CONTRADICT, c.relation(), c.explanation());
    }

    @Test
    void anAgreementNamesAHedgeOneSidePutsOnWhatTheOtherStates() {
        Comparison c = compare("Police said the suspect may have fled to Canada after the shooting.",
                "Police said the suspect fled to Canada after the shooting.");
        assertEquals(Relation.AGREE, c.relation(), c.explanation());
        assertTrue(c.explanation().contains("hedges with 'may'"), c.explanation());
    }

    @Test
    void aWordLeftOutOfTheSameQuotationIsASelectiveQuoteNamingIt() {
        Comparison c = compare("The mayor said: \"We will not raise taxes on working families this year or next.\"",
                "The mayor said: \"We will not raise taxes on families this year or next.\"");
        assertEquals(Relation.DIVERGE, c.relation(), c.explanation());
        assertEquals(RelationKind.OMISSION, c.kind());
        assertTrue(c.explanation().contains("leaves out 'working'"), c.explanation());
    }

    @Test
    void wordsMissingInSeveralPlacesOfOneQuotationAreTwoTranscriptsNotASelectiveQuote() {
        Comparison c = compare("\"We haven't decided on the budget yet, but I think the council will fund the new library,\" she said.",
                "\"We haven't really decided on the budget yet, but I think the council will surely fund the new library,\" she said.");
        assertNotEquals(Relation.DIVERGE, c.relation(), c.explanation());
    }

    @Test
    void aFunctionWordLeftOutOfAQuotationChangesNoQuote() {
        // "both" and "any" are tagged as determiners: the speaker's claim reads the same without them.
        Comparison both = compare("The lawyer said the managers \"are accused of being both the culprits and the victims of the scheme.\"",
                "The lawyer said the managers \"are accused of being the culprits and the victims of the scheme.\"");
        assertNotEquals(Relation.DIVERGE, both.relation(), both.explanation());
        Comparison any = compare("The union said it would strike \"at times of our choosing and without any warning to the company.\"",
                "The union said it would strike \"at times of our choosing and without warning to the company.\"");
        assertNotEquals(Relation.DIVERGE, any.relation(), any.explanation());
    }

    @Test
    void aQuotationCutShortOrSplitInTwoIsNoSelectiveQuote() {
        Comparison c = compare("\"The plan is a good one for the city and its people, and we will fund it,\" the mayor said.",
                "\"The plan is a good one for the city and its people,\" the mayor said, \"and we will fund it.\"");
        assertNotEquals(Relation.DIVERGE, c.relation(), c.explanation());
    }

    @Test
    void aMisspelledNameStillAgreesAndTheExplanationSaysSoBesideWhatOnlyOneSideTells() {
        Comparison c = compare("The governor tasked her adviser Marta Kowalska to work with Ian Brody on a framework for talks.",
                "The governor tasked her adviser Marta Kowalski to work with Ian Brody on a framework for talks in Geneva.");
        assertEquals(Relation.AGREE, c.relation(), c.explanation());
        assertTrue(c.explanation().contains("Kowalski'") && c.explanation().contains("Kowalska"), c.explanation());
        assertTrue(c.explanation().contains("only B has 'Geneva'"), c.explanation());
    }

    @Test
    void anAgreementNamesTwoFiguresThatABoundReconciles() {
        Comparison c = compare("The storm killed 10 people in the province on Sunday, officials said.",
                "The storm killed at least three people in the province on Sunday, officials said.");
        assertEquals(Relation.AGREE, c.relation(), c.explanation());
        assertTrue(c.explanation().contains("the figures differ, read as compatible (rounded, approximate or a bound): A '10 people', B 'at least three people'"), c.explanation());
    }

    @Test
    void aNameAndItsAdjectiveOfOriginAreNotCalledTwoSpellings() {
        Comparison c = compare("The Kenyan runner won the marathon in Boston on Monday by two minutes.",
                "The runner from Kenya won the marathon in Boston on Monday by two minutes.");
        assertFalse(c.explanation().contains("spells the name"), c.explanation());
    }

    @Test
    void twoTitlesForOnePersonAreNotAContradiction() {
        Comparison c = compare("The port's chief engineer, Ian Brody, met the adviser in Leeds on Monday.",
                "The head of the harbour works committee, Ian Brody, met the adviser in Leeds on Monday.");
        assertNotEquals(Relation.CONTRADICT, c.relation(), c.explanation());
    }

    @Test
    void aNegatedActionIsAContradictionNamingTheNegatedWords() {
        Comparison c = compare("The minister signed the trade agreement with Canada.",
                "The minister did not sign the trade agreement with Canada.");
        assertEquals(Relation.CONTRADICT, c.relation(), c.explanation());
        assertEquals(RelationKind.NEGATION, c.kind());
        assertTrue(c.explanation().contains("not sign"), c.explanation());
    }

    @Test
    void notYetAgainstAFirstTimeIsATemporalContradictionToldInPublicationOrder() {
        // A first time answers a not-yet only between the same actors: both name them.
        Statement a = Statement.of("Mayors Alvarez and Brandt still have not talked since the flood.");
        Statement b = Statement.of("Mayor Alvarez held his first phone call with Brandt since the flood.");
        List<float[]> v = COMPARATOR.embedder().embedAll(List.of(a.text(), b.text()));
        Comparison c = COMPARATOR.compare(a, b, Embedder.cosine(v.get(0), v.get(1)),
                LocalDate.of(2023, 4, 18), LocalDate.of(2023, 5, 10));
        assertEquals(Relation.CONTRADICT, c.relation(), c.explanation());
        assertEquals(RelationKind.TEMPORAL, c.kind());
        assertTrue(c.explanation().contains("published later") && c.explanation().contains("first phone call"), c.explanation());
    }

    @Test
    void aFirstTimeBetweenOtherActorsOrADenialOfAnotherActIsNoContradiction() {
        Comparison unnamed = COMPARATOR.compare(Statement.of("The two union leaders still haven't signed a deal since the strike began."),
                Statement.of("The union leader held his first meeting with the other leader since the strike began."), 0.7,
                LocalDate.of(2023, 4, 18), LocalDate.of(2023, 5, 10));
        assertNotEquals(Relation.CONTRADICT, unnamed.relation(), unnamed.explanation());
    }

    @Test
    void oppositeWordsAreAnAntonymContradiction() {
        Comparison c = compare("Oil prices rose sharply on Tuesday after the announcement.",
                "Oil prices fell sharply on Tuesday after the announcement.");
        assertEquals(Relation.CONTRADICT, c.relation(), c.explanation());
        assertEquals(RelationKind.ANTONYM, c.kind());
        assertTrue(c.explanation().contains("rose") && c.explanation().contains("fell"), c.explanation());
    }

    @Test
    void possibleTalksInflatedToAStruckDealDiverge() {
        Comparison c = compare("Officials say pay talks could begin next spring.",
                "Officials say a pay deal will be signed next spring.");
        assertEquals(Relation.DIVERGE, c.relation(), c.explanation());
        assertEquals(RelationKind.MODALITY, c.kind());
        assertTrue(c.explanation().contains("talks") && c.explanation().contains("deal"), c.explanation());
    }

    @Test
    void aParaphraseAgreesAndDifferentSubjectsAreUnrelated() {
        assertEquals(Relation.AGREE, compare("The company reported a record profit for the third quarter.",
                "The firm posted record third-quarter profits.").relation());
        assertEquals(Relation.UNRELATED, compare("The company reported a record profit for the third quarter.",
                "Heavy snow closed the mountain pass overnight.").relation());
    }

    @Test
    void everyVerdictComesWithAnExplanationAndAScoreBetweenZeroAndOne() {
        Comparison c = compare("Protesters gathered outside parliament.", "Thousands marched to parliament on Sunday.");
        assertTrue(!c.explanation().isBlank() && c.score() >= 0 && c.score() <= 1, c.toString());
    }

    @Test
    void differentDatesInOneClusterContradictOnlyWhenTheClaimsTellOneFact() {
        Comparison sameFact = COMPARATOR.compareCounterparts(Statement.of("The council said the bridge reopened on May 3, 2021."),
                Statement.of("The bridge reopened on May 9, 2021, the council said."), 0.9, null, null);
        assertEquals(Relation.CONTRADICT, sameFact.relation(), sameFact.explanation());
        assertEquals(org.parallax.model.RelationKind.DATE, sameFact.kind());

        Comparison twoEvents = COMPARATOR.compareCounterparts(Statement.of("The 2014 ceasefire talks in Minsk failed to stop the fighting."),
                Statement.of("Analysts expect a deeper push by the army in 2024, the agency reported."), 0.45, null, null);
        assertTrue(twoEvents.relation() != Relation.CONTRADICT,
                "two events of one story, dated apart, are no contradiction: " + twoEvents.explanation());
    }

    @Test
    void inflationBetweenTwoFactsOfOneClusterIsNotADivergence() {
        Comparison twoFacts = COMPARATOR.compareCounterparts(Statement.of("Negotiations over the harbour lease could resume next week."),
                Statement.of("The minister says a pension deal was struck after a long night."), 0.3, null, null);
        assertTrue(twoFacts.relation() != Relation.DIVERGE,
                "'negotiations' and 'deal' about different things tell nothing of how one fact was told: " + twoFacts.explanation());
        Comparison oneFact = COMPARATOR.compareCounterparts(Statement.of("Talks between the two clubs could begin next spring."),
                Statement.of("A deal between the two clubs could be signed next spring."), 0.95, null, null);
        assertEquals(Relation.DIVERGE, oneFact.relation(), oneFact.explanation());
    }

    @Test
    void aHedgeDivergesOnlyWhenItBearsOnWhatTheOtherSideStates() {
        Statement plain = Statement.of("The paper mill will close its doors by the end of the year, the owners announced.");
        Comparison sameFact = COMPARATOR.compareCounterparts(Statement.of("Officials said the paper mill could close its doors after the strike."),
                plain, 0.95, null, null);
        assertEquals(Relation.DIVERGE, sameFact.relation(), sameFact.explanation());
        assertEquals(RelationKind.MODALITY, sameFact.kind());
        assertTrue(sameFact.explanation().contains("could") && sameFact.explanation().contains("close its doors"), sameFact.explanation());

        Comparison otherFact = COMPARATOR.compareCounterparts(Statement.of("Officials said the paper mill could face a lawsuit from its former workers."),
                plain, 0.8, null, null);
        assertNotEquals(Relation.DIVERGE, otherFact.relation(),
                "the hedge weakens a lawsuit the other side never mentions: " + otherFact.explanation());
    }

    @Test
    void aHedgeOverTheSamePersonDoingSomethingElseIsNoDivergence() {
        Comparison c = COMPARATOR.compareCounterparts(Statement.of("Apparently, Governor Hale believes the strike will end soon."),
                Statement.of("Governor Hale opened the new bridge over the river."), 0.75, null, null);
        assertNotEquals(Relation.DIVERGE, c.relation(), "a shared name is who, not what is hedged: " + c.explanation());
    }

    @Test
    void aNegatedVerbWithAnotherSubjectIsNoContradiction() {
        Comparison c = COMPARATOR.compareCounterparts(Statement.of("Local officials speaking to the radio station since the flood confirmed the closure of the port."),
                Statement.of("The two mayors have not spoken to each other since the flood began."), 0.6, null, null);
        assertNotEquals(Relation.CONTRADICT, c.relation(), "officials speaking to a station are not the mayors: " + c.explanation());

        Comparison same = COMPARATOR.compareCounterparts(Statement.of("The two mayors have spoken to each other since the flood began in March."),
                Statement.of("The two mayors have not spoken to each other since the flood began in March."), 0.95, null, null);
        assertEquals(Relation.CONTRADICT, same.relation(), same.explanation());
    }

    @Test
    void counterpartsNotSurelyTellingOneFactGetNoMarkButTheDifferenceIsNamed() {
        // Two claims of one topic, each the other's closest in its source, yet worded far apart:
        // a red mark would claim more than the evidence shows.
        Comparison c = COMPARATOR.compareCounterparts(Statement.of("He served four months in federal prison for conspiracy to obstruct justice."),
                Statement.of("He served five months in federal prison."), 0.75, null, null);
        assertEquals(Relation.RELATED, c.relation(), c.explanation());
        assertTrue(c.explanation().contains("four months") && c.explanation().contains("five months"), c.explanation());

        Comparison sameFact = COMPARATOR.compareCounterparts(Statement.of("He served four months in federal prison."),
                Statement.of("He served five months in federal prison."), 0.95, null, null);
        assertEquals(Relation.CONTRADICT, sameFact.relation(), sameFact.explanation());
    }

    @Test
    void aDenialWithASynonymOfTheAssertedWordStillContradicts() {
        // WordNet puts "phone" and "telephone" in one sense: the denial is of the same act.
        Comparison c = compare("The mayor was not talking on the phone during the vote.", "The mayor was talking on the telephone during the vote.");
        assertEquals(Relation.CONTRADICT, c.relation(), c.explanation());
        WordNetSynonyms wordNet = new WordNetSynonyms(2);
        assertTrue(wordNet.synonyms("phone", "telephone") && !wordNet.synonyms("phone", "vote"));
    }

    @Test
    void aDenialInsideARelativeClauseDeniesOnlyThatClause() {
        Comparison c = compare("The driver, who did not testify, was cleared of the second charge of reckless driving.",
                "The jury cleared the driver of the second charge of reckless driving.");
        assertNotEquals(Relation.CONTRADICT, c.relation(), "not testifying is not denied by the other side: " + c.explanation());
        Comparison main = compare("The driver was not cleared of the second charge of reckless driving.",
                "The jury cleared the driver of the second charge of reckless driving.");
        assertEquals(Relation.CONTRADICT, main.relation(), main.explanation());
    }

    @Test
    void declaringNotToSayWhatIsNoDenialOfWhatTheOtherSays() {
        Comparison c = COMPARATOR.compareCounterparts(Statement.of("The spokesman would not say what the singer was treated for."),
                Statement.of("The spokesman said the singer was treated for exhaustion."), 0.95, null, null);
        assertNotEquals(Relation.CONTRADICT, c.relation(), "withholding is not denying: " + c.explanation());

        Comparison denial = COMPARATOR.compareCounterparts(Statement.of("The spokesman did not say the singer was treated for exhaustion."),
                Statement.of("The spokesman said the singer was treated for exhaustion."), 0.95, null, null);
        assertEquals(Relation.CONTRADICT, denial.relation(), denial.explanation());
    }

    @Test
    void aShortDenialOfWhatTheOtherStatementSaysIsAContradictionEvenWithAParaphrasedVerb() {
        Comparison c = compare("The farmer's daughter Lena won a seat on the village council after a long campaign.",
                "Lena was not elected to the village council.");
        assertEquals(Relation.CONTRADICT, c.relation(), c.explanation());
        assertTrue(c.explanation().contains("not elected"), c.explanation());

        Comparison elsewhere = compare("The farmer's daughter Lena won a seat on the village council after a long campaign.",
                "Lena was not elected to the regional parliament.");
        assertNotEquals(Relation.CONTRADICT, elsewhere.relation(), "the denial is about another body: " + elsewhere.explanation());
    }

    @Test
    void aDenialInAClauseOnlyOneSideTellsInAQuestionOrInACompoundContradictsNothing() {
        Comparison extraClause = compare("County prosecutor Mara Quinn told a news conference Monday that authorities were"
                        + " \"continuing to make significant progress\" in the case.",
                "No charges have been filed in those fires, but county prosecutor Mara Quinn said authorities were"
                        + " \"continuing to make significant progress\" in the case.");
        assertNotEquals(Relation.CONTRADICT, extraClause.relation(), extraClause.explanation());
        Comparison addedCondition = compare("\"But the truth is that there needs to be a big change in the schools,\" she added,"
                + " \"and you can't do that without money.\"", "\"But the truth is that there needs to be a big change in the schools,\" Dr. Hale added.");
        assertNotEquals(Relation.CONTRADICT, addedCondition.relation(), addedCondition.explanation());
        Comparison question = compare("The mayor asked: \"Didn't the council close the library in the harbour district?\"",
                "The mayor said: \"The council closed the library in the harbour district.\"");
        assertNotEquals(Relation.CONTRADICT, question.relation(), question.explanation());
        Comparison compound = compare("The state set up a no-fly zone over the harbour on Friday.",
                "The state set up a zone over the harbour on Friday.");
        assertNotEquals(Relation.CONTRADICT, compound.relation(), "a hyphenated 'no-fly' negates nothing: " + compound.explanation());
        Comparison denial = compare("The mayor said she would open a new library in the harbour district next spring.",
                "The mayor would not open a new library in the harbour district next spring.");
        assertEquals(Relation.CONTRADICT, denial.relation(), "a denial of what both tell still counts: " + denial.explanation());
    }

    @Test
    void aNegatingDeterminerDeniesItsClauseAndAnIdiomDeniesNothing() {
        Comparison existential = compare("There is no girl with a black bag on the crowded train.",
                "A girl with a black bag is on the crowded train.");
        assertEquals(Relation.CONTRADICT, existential.relation(), existential.explanation());
        Comparison longSubject = compare("No motorcycle rider is standing up on the seat of the motorcycle.",
                "A motorcycle rider is standing up on the seat of the motorcycle.");
        assertEquals(Relation.CONTRADICT, longSubject.relation(), longSubject.explanation());
        Comparison idiom = compare("No wonder Harbor Telecom lost 846,000 subscribers last quarter.",
                "Harbor Telecom lost 846,000 subscribers last quarter.");
        assertNotEquals(Relation.CONTRADICT, idiom.relation(), idiom.explanation());
    }

    @Test
    void aRatioAndABoundAreNoQuantifiers() {
        Comparison ratio = compare("Harbor Soft estimated Monday that one in every 500 users had been exposed to sites that try to exploit the flaw.",
                "Harbor Soft researchers estimated that as many as 1 in 500 users could have been exposed to sites that exploit the flaw.");
        assertNotEquals(RelationKind.QUANTIFIER, ratio.kind(), ratio.explanation());
        Comparison all = compare("All passengers were evacuated from the ferry before it sank on Tuesday.",
                "Some passengers were evacuated from the ferry before it sank on Tuesday.");
        assertEquals(RelationKind.QUANTIFIER, all.kind(), "'all' against 'some' of the same passengers still diverges: " + all.explanation());
    }

    @Test
    void aDenialOfWhatTheOtherSideOnlySupposesIsNoContradiction() {
        String denial = "The council will not extend the tram line to the harbour.";
        Comparison supposed = compare("The mayor said the budget would be cut if the council extends the tram line to the harbour.", denial);
        assertNotEquals(Relation.CONTRADICT, supposed.relation(), "'if the council extends' asserts no extension: " + supposed.explanation());

        Comparison stated = compare("The council extended the tram line to the harbour last spring, the mayor said.", denial);
        assertEquals(Relation.CONTRADICT, stated.relation(), stated.explanation());
    }

    @Test
    void allAgainstSomeInOneClusterDivergesOnlyWhenTheClaimsTellOneFact() {
        Comparison c = COMPARATOR.compareCounterparts(Statement.of("Some residents, including the former mayor, said the market hall was too small."),
                Statement.of("The festival will go ahead next month if all goes to plan, the organisers said."), 0.5, null, null);
        assertNotEquals(Relation.DIVERGE, c.relation(), "'some residents' and 'if all goes to plan' are two facts: " + c.explanation());
    }

    /** Two counterpart claims, with their real embedding cosine. */
    private static Comparison counterparts(String a, String b) {
        List<float[]> v = COMPARATOR.embedder().embedAll(List.of(a, b));
        return COMPARATOR.compareCounterparts(Statement.of(a), Statement.of(b), Embedder.cosine(v.get(0), v.get(1)), null, null);
    }

    @Test
    void twoWaysOfSayingNobodyWasHurtAgree() {
        Comparison c = counterparts("No one was injured in the blaze at the depot last night, the fire chief said.",
                "Fortunately, nobody was injured, but the depot suffered an estimated $2 million in damage.");
        assertNotEquals(Relation.CONTRADICT, c.relation(), c.explanation());
    }

    @Test
    void aPlanToDoSomethingDoesNotContradictThatItIsNotDoneYet() {
        Comparison c = counterparts("The director said the town had not purchased the warehouse, although there were plans to do so.",
                "The town was negotiating to purchase the warehouse, along with two neighbouring plots.");
        assertNotEquals(Relation.CONTRADICT, c.relation(), "an infinitive is meant, not done: " + c.explanation());
    }

    @Test
    void aDenialInsideASuppositionDeniesNothingButOppositeConditionsConflict() {
        Comparison supposed = counterparts("If the zoning rule is not struck down, the marsh is likely to be drained within a decade.",
                "The court struck down the zoning rule on Tuesday.");
        assertNotEquals(Relation.CONTRADICT, supposed.relation(), supposed.explanation());

        Comparison opposite = compare("If the merger is approved, the bank will close its branch in Dunmore.",
                "If the merger is not approved, the bank will close its branch in Dunmore.");
        assertEquals(Relation.CONTRADICT, opposite.relation(), opposite.explanation());

        Comparison unless = compare("If the tariffs are not lifted, the union is threatening sanctions against the republic.",
                "The union is threatening sanctions against the republic unless the tariffs are lifted.");
        assertNotEquals(Relation.CONTRADICT, unless.relation(), "'unless' is 'if not': " + unless.explanation());
    }

    @Test
    void aRefusalAndANegationOfTheSameActAgree() {
        Comparison c = compare("Judge Halvorsen said on Tuesday he would not recuse himself from the case.",
                "Court officials said Judge Halvorsen refused to recuse himself from the case.");
        assertNotEquals(Relation.CONTRADICT, c.relation(), c.explanation());
    }

    @Test
    void aWordOfAPlaceNameIsNoOpposite() {
        Comparison c = compare("New Hampton woman killed in hit-and-run crash",
                "A 61-year-old woman was killed in a hit-and-run crash on Friday evening.");
        assertNotEquals(Relation.CONTRADICT, c.relation(), "'New' of 'New Hampton' against 'old': " + c.explanation());
    }

    @Test
    void lengthsInFeetAndMetresAndMoneyInMillionsAreReadWithTheirUnits() {
        Comparison lengths = compare("The climber died after falling about 200ft from a ridge near the glacier.",
                "The climber died after falling about 60m from a ridge near the glacier.");
        assertNotEquals(Relation.CONTRADICT, lengths.relation(), lengths.explanation());

        Comparison money = compare("The county spent £60m on the new bridge.", "The county spent £60 million on the new bridge.");
        assertNotEquals(Relation.CONTRADICT, money.relation(), money.explanation());
    }

    @Test
    void clockTimesCompareAsTimesOfDay() {
        Comparison other = compare("The shooting happened at 5:30 a.m. in the living room of the house.",
                "The shooting happened at 5:18 a.m. in the living room of the house.");
        assertEquals(Relation.CONTRADICT, other.relation(), other.explanation());
        assertEquals(RelationKind.DATE, other.kind());

        Comparison same = compare("The quake struck at 6:41pm local time, the agency said.", "The quake struck at 18:41 local time, the agency said.");
        assertNotEquals(Relation.CONTRADICT, same.relation(), same.explanation());
    }

    @Test
    void differingLowerBoundsConflictInOneDaysReportsAndAreACountUpdatedDaysApart() {
        Statement a = Statement.of("At least 61 people were killed in the floods across the province.");
        Statement b = Statement.of("At least 244 people were killed in the floods across the province.");
        Comparison sameDay = COMPARATOR.compare(a, b, 0.95, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1));
        assertEquals(Relation.CONTRADICT, sameDay.relation(), sameDay.explanation());

        Comparison apart = COMPARATOR.compare(a, b, 0.95, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 6));
        assertEquals(Relation.DIVERGE, apart.relation(), apart.explanation());
        assertTrue(apart.explanation().contains("count updated"), apart.explanation());
    }

    @Test
    void aFloorAgainstAFigureBelowItConflictsInOneDaysReportsAndIsACountUpdatedDaysApart() {
        Statement a = Statement.of("The storm killed more than 10 people in the province, officials said.");
        Statement b = Statement.of("The storm killed three people in the province, officials said.");
        Comparison sameDay = COMPARATOR.compare(a, b, 0.95, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1));
        assertEquals(Relation.CONTRADICT, sameDay.relation(), sameDay.explanation());
        assertTrue(sameDay.explanation().contains("more than 10 people") && sameDay.explanation().contains("three people"), sameDay.explanation());

        Comparison apart = COMPARATOR.compare(b, a, 0.95, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 4));
        assertEquals(Relation.DIVERGE, apart.relation(), apart.explanation());
        assertTrue(apart.explanation().contains("count updated"), apart.explanation());

        Comparison within = COMPARATOR.compare(a, Statement.of("The storm killed 14 people in the province, officials said."),
                0.95, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1));
        assertNotEquals(Relation.CONTRADICT, within.relation(), within.explanation());
    }

    @Test
    void leavingOutAnAlternativeIsSelectiveOnlyInAQuote() {
        Comparison plain = counterparts("The memorandum calls for agencies to consult with either the Forest Service or the Marine Service on new projects.",
                "Agencies will again have to consult with government wildlife experts on new projects.");
        assertNotEquals(Relation.DIVERGE, plain.relation(), plain.explanation());
    }

    @Test
    void numbersWrittenInWordsWithAHyphenAreOneNumber() {
        Comparison c = compare("Sixty-five per cent of traffic to the islands was down, a spokesman said.",
                "65% of traffic to the islands was down, a spokesman said.");
        assertNotEquals(Relation.CONTRADICT, c.relation(), c.explanation());
    }

    @Test
    void aChangeToldWithNoLongerIsNoDenial() {
        Comparison c = counterparts("All providers using the cable are no longer affected by the outage, the operator said.",
                "The outage initially affected all traffic to the continent, the operator said.");
        assertNotEquals(Relation.CONTRADICT, c.relation(), c.explanation());
    }

    @Test
    void unableToDeniesAsNotDoes() {
        Comparison c = compare("The jury could not reach a verdict after three days of deliberations, the judge said.",
                "The jury was unable to reach a verdict after three days of deliberations, the judge said.");
        assertNotEquals(Relation.CONTRADICT, c.relation(), "two ways of saying no verdict: " + c.explanation());
    }

    @Test
    void noAfterACountIsAVoteNotADenial() {
        Comparison count = counterparts("Two no votes were cast against the budget.", "Two votes were cast against the budget.");
        assertNotEquals(Relation.CONTRADICT, count.relation(), "'two no votes' counts votes against: " + count.explanation());

        Comparison year = compare("Since 1990 no president has visited the island, officials said.",
                "Since 1990 a president has visited the island, officials said.");
        assertEquals(Relation.CONTRADICT, year.relation(), "after a year 'no' still denies: " + year.explanation());

        Comparison claims = counterparts("Since 1990 no president has visited the island, officials said.",
                "Since 1990 a president has visited the island, officials said.");
        assertEquals(Relation.CONTRADICT, claims.relation(), "as two claims too: " + claims.explanation());
    }

    @Test
    void aModalStrengthenedCountsOnlyOnTheSameVerb() {
        Comparison same = counterparts("Service to the islands may not be restored until the end of the month, the operator said.",
                "Service to the islands will not be restored until the end of the month, the operator said.");
        assertEquals(Relation.DIVERGE, same.relation(), same.explanation());
        assertEquals(RelationKind.MODALITY, same.kind());

        Comparison otherAct = counterparts("The flaw could allow criminals to take over a computer running the browser.",
                "The update will remedy a flaw that lets criminals take over a computer running the browser.");
        assertNotEquals(Relation.DIVERGE, otherAct.relation(), "'could allow' and 'will remedy' are two acts: " + otherAct.explanation());
    }

    @Test
    void aConditionIsNoHedge() {
        Comparison c = counterparts("Experts said users of the browser should install the emergency fix today.",
                "If you use the browser, install the emergency fix today, experts said.");
        assertNotEquals(Relation.DIVERGE, c.relation(), c.explanation());
    }

    @Test
    void aPlaceInASequenceIsNoFirstTimeAndNothingButIsNoDenial() {
        Comparison half = counterparts("Okafor broke Dunne's scoring record for Carolina with a shot that never looks pretty.",
                "Okafor scored 12 points in the first half as Carolina beat Dunne's old team.");
        assertNotEquals(Relation.CONTRADICT, half.relation(), half.explanation());

        Comparison only = counterparts("The flaw tricked people into visiting an infected website.",
                "People need to do nothing but visit an infected website for the flaw to strike.");
        assertNotEquals(Relation.CONTRADICT, only.relation(), only.explanation());
    }

    @Test
    void likeWordsGivingTwoFiguresAreNotShownAsAgreeingAndTheFiguresAreNamed() {
        Comparison c = compare("The coast guard said Saturday it had rescued 23 fishermen as their trawler sank off the northern coast.",
                "Trawler sinks off northern coast, 26 fishermen rescued");
        // Worded too differently for a rule to tie the two counts together: no mark, and no agreement either.
        assertEquals(Relation.RELATED, c.relation(), c.explanation());
        assertTrue(c.explanation().contains("the figures differ: A '23 fishermen', B '26 fishermen'"), c.explanation());
        Comparison same = compare("The coast guard said Saturday it had rescued 23 fishermen as their trawler sank off the northern coast.",
                "Trawler sinks off northern coast, 23 fishermen rescued");
        assertEquals(Relation.AGREE, same.relation(), same.explanation());
        assertTrue(!same.explanation().contains("differ"), same.explanation());
    }

    @Test
    void aDecadeHoldsAYearOfIt() {
        Comparison c = compare("The paper mill in Keswick closed in 1985 after a long strike by its workers.",
                "The paper mill in Keswick closed in the 1980s after a long strike by its workers.");
        assertEquals(Relation.AGREE, c.relation(), c.explanation());
        assertTrue(!c.explanation().contains("differ"), c.explanation());
    }

    @Test
    void aNameSpelledTwoWaysDoesNotHideTheDatesTheTwoGiveDifferently() {
        Comparison c = compare("A Danish frigate foiled a pirate attack on cargo ships in the Gulf of Aden on Friday, capturing 12 Somani gunmen.",
                "A Danish frigate on Thursday captured 12 Somali gunmen in the Gulf of Aden and foiled an attack on cargo ships.");
        assertEquals(Relation.RELATED, c.relation(), c.explanation());
        assertTrue(c.explanation().contains("the dates differ: A 'Friday', B 'Thursday'"), c.explanation());
        Comparison spelled = compare("A Danish frigate foiled a pirate attack on cargo ships in the Gulf of Aden on Friday, capturing 12 Somani gunmen.",
                "A Danish frigate on Friday captured 12 Somali gunmen in the Gulf of Aden and foiled an attack on cargo ships.");
        assertEquals(Relation.AGREE, spelled.relation(), spelled.explanation());
        assertTrue(spelled.explanation().contains("A spells the name 'Somani', B 'Somali'"), spelled.explanation());
    }

    @Test
    void anotherNameForTheSameActIsNamedWithoutARedMark() {
        // A first name on one side, a surname on the other: quite possibly one person.
        Comparison c = compare("In 2004, Maria helped start a reading club for children at the city library, the librarian said.",
                "In 2004, Lopez helped start a reading club for children at the city library, the librarian said.");
        assertEquals(Relation.RELATED, c.relation(), c.explanation());
        assertTrue(c.explanation().startsWith("Perhaps two different facts; if they are one: A names Maria, B names Lopez"), c.explanation());
    }
}
