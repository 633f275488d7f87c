/// The stable name of every message of the catalogue (`Message`), the same in every language: the
/// case name is the id. Cases are grouped by the catalogue file that holds their texts; see `Message`
/// for how to add one.
public enum MessageID: String, Sendable, Hashable, Codable, CaseIterable {
    /// A text not in the catalogue yet, shown the same in every language.
    case untranslated
    // Message+Address.swift
    case addressExampleHint, addressEmpty, addressSpace, addressSpaceHint, addressScheme, addressUserInfo
    case addressUserInfoHint, addressQuery, addressQueryHint, addressPathCharacter, addressPathCharacterHint
    case addressDotFolder, addressFolderHint, addressNoHost, addressHostExampleHint, addressIPv6Bracket
    case addressIPv6Character, addressIPv6Port, addressIPv6Hint, addressHostCharacter, addressHostCharacterHint
    case addressHostInvalid, addressHostNameHint, addressPort, addressPortHint
    // Message+Config.swift
    case configUnreadable, reviewAfterMonthsRange, reviewAfterMonthsRangeHint, reviewScopeInvalid
    case reviewScopeInvalidHint, reviewScopeUnmatched, reviewScopeUnmatchedHint, notADomain, notADomainHint
    case editURLMissing, editURLMissingHint, synonymsNotList, synonymsExampleHint, synonymGroupNotList
    case synonymNotText, synonymOnlyCommonWords, synonymOnlyCommonWordsHint, synonymSame, removeOneHint
    case synonymGroupTooSmall, synonymGroupTooSmallHint
    // Message+Files.swift
    case fileTooLarge, fileTooLargeHint, fileHasNUL, fileNotUTF8, saveAsUTF8Hint, fileUnreadable, noContent
    case noContentHint, markdownTooDeep, markdownTooDeepHint, markdownBlockNesting, markdownBlockNestingHint
    case markdownOpenBrackets, markdownOpenBracketsHint, markdownBracketWork, markdownBracketWorkHint
    case markdownTableColumns, markdownTableColumnsHint, markdownTableDense, markdownTableDenseHint
    case markdownTableAfterParagraph, markdownTableAfterParagraphHint, markdownReferenceCopies
    case markdownReferenceCopiesHint, markdownTooManyAt, markdownTooManyAtHint
    // Message+FrontMatter.swift
    case frontMatterNotClosed, frontMatterNotClosedHint, noFrontMatter, noFrontMatterHint, keyTwice, keyTwiceHint
    case notAMapping, notAMappingHint, missingKey, missingKeyHint, notAText, notATextHint, emptyValue
    case emptyValueHint, notANumber, notANumberHint, notABool, notABoolHint, notATextList, listItemNotText
    case listItemHint, notAList, notAListHint, unknownKey, unknownKeyHint, unknownChoice, useOneOf, didYouMean
    // Message+Glossary.swift
    case termEmptyDefinition, termEmptyDefinitionHint, emptyAlias, emptyAliasHint, termNameTwice, termNameTwiceHint
    case relatedUnknown, relatedUnknownHint, unknownTerm, unknownTermHint, unreferencedTerm, unreferencedTermHint
    // Message+Levels.swift
    case levelsWithoutPoints, levelsWithoutPointsHint, levelsTooFew, levelsTooFewHint, levelLabelTwice
    case levelLabelTwiceHint, levelEmpty, levelEmptyHint, levelUnreachable, levelUnreachableHint, lastLevelTooLow
    case lastLevelTooLowHint, levelsAfterUnreachable, levelsAfterUnreachableHint, levelNoMax, levelNoMaxHint
    // Message+Links.swift
    case linkEmpty, linkEmptyHint, linkUnsafe, linkUnsafeHint, linkOutsideContent, linkOutsideContentHint
    case anchorMissing, anchorHint, linkToDraft, linkToDraftHint, pageMissing, fileMissing, imageMissing
    case pageMissingHint, imageMissingHint, folderRenamed, folderRenamedHint
    // Message+New.swift
    case created, createdNextStep, nameBecameSlug, newExists, newExistsHint, newNoName, newNoNameHint
    case newOutsideContent, newOutsideContentHint, newWrongFolder, newWrongFolderHint, newNoSite, newNoSiteHint
    // Message+Pages.swift
    case sameAddress, sameAddressHint, reservedAddress, renameFileHint, reservedForPrint, reservedForPrintHint
    case folderWithoutIndex, folderWithoutIndexHint, headingLevelOne, headingLevelOneHint, rawHTML, rawHTMLHint
    case templateText, templateTextHint, reviewMissing, reviewMissingHint, reviewInFuture, reviewInFutureHint
    case reviewOverdue, reviewOverdueHint, reviewedNotADate, reviewedMalformed, reviewedImpossible, reviewedHint
    case noSuchMonth, noYearZero, monthDays, sourceNoURL, sourceNoURLHint, internalSourceWithURL
    case internalSourceWithURLHint, sourceURLNotWeb, sourceURLNotWebHint, avoidedSource, avoidedSourceHint
    // Message+Progress.swift
    case stepConfigure, stepDiscover, stepParse, stepIndex, stepIndexUnchanged, stepTransform, stepRender
    case stepRenderSkipped, stepWrite, stepWriteNothing, stepWriteMemory, datesFromGit, noDatesNotARepository
    case noDatesNotTop, noDatesNoGit, noDatesGitRefused, noDates, fixedDates, rebuilt, deferredFiles
    // Message+Questionnaire.swift
    case questionnaireNoThemes, questionnaireNoThemesHint, scaleUnused, scaleUnusedHint, mailtoInvalid
    case mailtoInvalidHint, idCharacters, idTwiceInQuestionnaire, idTwiceInQuestionnaireHint, themeNoQuestions
    case themeNoQuestionsHint, scalesNotMapping, scalesNotMappingHint, scaleTwice, scaleTwiceHint, scaleOneStep
    case scaleOneStepHint, optionsNotList, optionsEmpty, optionsHint, optionEmpty, optionEmptyHint, pointsOutOfRange
    case pointsOutOfRangeHint, optionWrongShape, optionWrongShapeHint, optionTwice, optionTwiceHint, optionNoPoints
    case optionNoPointsHint, scaleMissing, scaleMissingHint, noScalesHint, scaleQuestionNeedsScale
    case scaleQuestionNeedsScaleHint, choiceNeedsOptions, choiceNeedsOptionsHint, choiceTooFewOptions
    case choiceTooFewOptionsHint, misplacedKey, misplacedScaleHint, misplacedOptionsHint, optionOneParagraphHint
    // Message+Quiz.swift
    case sectionMissing, sectionMissingHint, sectionMissingNoSectionsHint, quizNoQuestions, quizNoQuestionsHint
    case quizIDTwice, quizIDTwiceHint, quizIDCharacters, idExampleHint, answerNotOneParagraph
    case answerNotOneParagraphHint, questionNoAnswers, questionNoAnswersHint, questionNoCorrect
    case questionNoCorrectHint, singleManyCorrect, singleManyCorrectHint, trueFalseShape, trueFalseShapeHint
    // Message+Report.swift
    case counts, failingCounts, checkFailed, buildFailed, checkPassed, warningsAllowed, built, unchanged
    case hiddenDiagnostics, moreKinds, hintLabel, writeFailed, outputHoldsNonFiles, outputNotOurs
    // Message+Serve.swift
    case serving, portBusy, portUnavailable, portUnavailableHint, serveFailed, stopping, stopped, stoppedUncleanly
    case cannotWatch, allFixed, updatedDeferred, deferredFailed, overlayTitle, overlayIntro, overlayPageTitle
    case bannerTitle, bannerIntro, bannerHide, bannerLabel
    // Message+Theme.swift
    case defaultThemeMissing, defaultThemeMissingHint, themeUnreadable, templateTagUnclosed, templateTagUnclosedHint
    case templateDelimiters, templateDelimitersHint, templateUnsupported, templateUnsupportedHint, templateTagNoName
    case templateTagBadName, templateTagNameHint, templateCloseUnopened, templateCloseUnopenedHint
    case templateCloseMismatch, templateCloseMismatchHint, templateNeverClosed, templateNeverClosedHint
    case templatePartialMissing, templatePartialMissingHint
    // Message+YAML.swift
    case yamlTab, yamlTabHint, yamlIndentation, yamlIndentationHint, yamlListDepth, yamlListDepthHint
    case yamlMissingSpace, yamlMissingSpaceHint, yamlColonInValue, yamlQuoteHint, yamlLeadingSpecial
    case yamlUnclosedQuote, yamlUnclosedQuoteHint, yamlInvalid, yamlInvalidHint, yamlAlias, yamlAliasHint
    case yamlAnchor, yamlAnchorHint, yamlNesting, yamlNestingHint, yamlMergeKey, yamlMergeKeyHint, yamlExpands
    case yamlExpandsHint, yamlSuspiciousListItem, yamlSuspiciousListItemHint
    // Message+Language.swift
    case languageUnsupported, languageUnsupportedHint, textMissing, textMissingHint, textNotText, textNotTextHint
    case textUnknown, textUnknownHint, textsMissing, textPlaceholderUnknown, textPlaceholderUnknownHint
    case textNotInTheme, textNotInThemeHint
}
