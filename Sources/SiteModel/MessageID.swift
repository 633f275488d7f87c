/// The stable name of every message of the catalogue (`Message`), the same in every language: the
/// case name is the id. Cases are grouped by the catalogue file that holds their texts; see `Message`
/// for how to add one.
public enum MessageID: String, Sendable, Hashable, Codable, CaseIterable {
    // Message+Address.swift
    case addressExampleHint, addressEmpty, addressSpace, addressSpaceHint, addressScheme, addressUserInfo
    case addressUserInfoHint, addressQuery, addressQueryHint, addressPathCharacter, addressPathCharacterHint
    case addressDotFolder, addressFolderHint, addressNoHost, addressHostExampleHint, addressIPv6Bracket
    case addressIPv6Character, addressIPv6Port, addressIPv6Hint, addressHostCharacter, addressHostCharacterHint
    case addressHostInvalid, addressHostNameHint, addressPort, addressPortHint
    // Message+AnswerFiles.swift
    case csvNoByteOrderMark, csvChangedHint, csvCutShortHint, csvQuoteNotClosed, csvQuotedCell, csvUnquotedSpace
    case csvAfterClosingQuote, csvQuoteInside, csvNoLastLineEnd, csvEndsAfterSemicolon, csvLineEnd, csvNoLines
    case csvOtherKind, csvHeader, csvFilesHint, csvCells, csvSecondLine, csvVersionNumber, csvThemeNoOutcome
    case csvVersionWithoutID, csvIDWithoutVersion, csvNoAnswers, answersCutShortHint, mailQuiz, mailQuizHint
    case mailUndecodable, mailUndecodableHint, mailNoTitle, mailNoTitleHint, mailOtherForm, mailEditedHint
    case mailIDLine, mailEndsBeforeTheme, mailCutShortHint, mailExpectedTheme, mailOtherVersionHint
    case mailEndsBeforeQuestion, mailExpectedQuestion, mailNoAnswerLine, mailNoSuchAnswer
    // Message+Answers.swift
    case answersTooLarge, answersTooLargeHint, answersWrongType, answersWrongTypeHint, answersOfQuestionHint
    case answersUnknownQuestionHint, answersNotUTF8, answersAsDownloadedHint, answersNotJSON
    case answersDownloadAgainHint, answersNotAnObject, answersJSONShapeHint, answersOtherForm, answersOnlyOfFormHint
    case answersNoKey, answersJSONFilesHint, answersKeyNotText, answersEditedHint, answersEditedOrCutHint
    case answersThemesNotList, answersThemeNoID, answersUnknownTheme, answersBadSubmissionID, answersVersionNextToID
    case answersVersionWithoutID, answersQuestionsNotList, answersQuestionNoID, answersQuestionInOtherTheme
    case answersOtherVersionHint, answersUnknownQuestion, answersQuestionTwice, answersWrongKind
    case answersAnswerNotText, answersNoSuchAnswer, answersAnswerTwice, answersTooManyChosen, answersWrongShape
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
    // Message+Init.swift
    case initSiteExists, initSiteExistsHint, initWriteFailed, initWriteFailedHint, initCreated, initKept
    case initNextSteps, themeExportExists, themeExportExistsHint, themeExportFailed, themeExportFailedHint
    case themeExported, themeExportNext, themeExportMove
    // Message+JSON.swift
    case jsonTextAfterEnd, jsonExpected, jsonTooDeep, jsonEndsEarly, jsonNameTwice, jsonTextNotClosed
    case jsonControlCharacter, jsonHalfSurrogate, jsonNotACharacter, jsonUnknownEscape, jsonNotANumber
    case jsonExpectedName, jsonExpectedColon, jsonExpectedHex, jsonExpectedValue, jsonExpectedDigits
    case jsonExpectedExponent
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
    case counts, failingCounts, checkFailed, buildFailed, buildFailedWhileWriting, checkPassed, warningsAllowed, built, unchanged
    case hiddenDiagnostics, moreKinds, hintLabel, seeAlso, writeFailed, outputHoldsNonFiles, outputNotOurs
    // Message+Results.swift
    case answersNoPath, answersNoPathHint, answersFolderUnreadable, answersFolderUnreadableHint, answersLink
    case answersLinkHint, answersFileUnreadable, answersFileUnreadableHint, answersSameSubmission
    case answersSameSubmissionHint, resultsMinimumGroup, resultsMinimumGroupHint, resultsSmallGroups
    case resultsSmallGroupsHint, resultsNotAPage, resultsNotAPageHint, resultsPageHasErrors
    case resultsPageHasErrorsHint, resultsNotAForm, resultsNotAFormHint, resultsAnswersInContent
    case resultsAnswersInContentHint, resultsNoAnswers, resultsNoAnswersHint, reportRefused, reportRefusedHint
    case reportWriteHint, reportInsideSite, reportFolderIsFile, reportFolderNotEmpty, reportFolderForeign
    case reportWriteFailed, reportGroupCounts, reportWritten
    // Message+SVG.swift
    case svgUTF16, svgSaveAsUTF8Hint, svgEncoding, svgEntities, svgEntitiesHint, svgStylesheet, svgStylesheetHint
    case svgNotSVG, svgNotSVGHint, svgForbiddenElement, svgForbiddenElementHint, svgStyleElement
    case svgStyleElementHint, svgNotWellFormed, svgNotWellFormedHint, svgEventAttribute, svgRemoveAttributeHint
    case svgScriptAttributeHint, svgAnimatesScript, svgAnimatesScriptHint, svgAttribute, svgAddressHint
    // Message+Safety.swift
    case symbolicLinkOutside, symbolicLink, symbolicLinkFileHint, symbolicLinkFolderHint, notAFile, notAFileHint
    case pathLeavesFolder, pathLeavesFolderHint, staticFileActive, staticFileActiveHint, staticFileRefused
    case staticFileRefusedHint
    // Message+Serve.swift
    case serving, portBusy, portUnavailable, portUnavailableHint, serveFailed, stopping, stopped, stoppedUncleanly
    case cannotWatch, allFixed, updatedDeferred, deferredFailed, overlayTitle, overlayIntro, overlayPageTitle
    case bannerTitle, bannerIntro, bannerHide, bannerLabel
    // Message+Site.swift
    case themeNotFolderName, themeNotFolderNameHint, logoOnlyFile, logoWriteAsHint, logoUnderContent
    case logoWriteFileHint, logoOutsideContent, logoOutsideContentHint, logoNotImage, logoNotImageHint, logoMissing
    case logoMissingHint, logoUnreadable, logoWrongContent, logoSaveAgainHint, logoRenameHint, logoLarge
    case logoLargeHint, homePageDraft, homePageDraftHint, homePageMissing, homePageMissingHint, menuNotTopLevel
    case menuNotTopLevelHint, imageOtherSite, imageOtherSiteHint, handoutsUnreadable, handoutsUnreadableHint
    case handoutNoEdition, handoutNoEditionHint, handoutNotPDF, handoutNotPDFHint
    // Message+Summary.swift
    case summaryOnOpen, summaryOnOpenHint, summaryEmpty, summaryEmptyHint, summaryWrongShape, summaryWrongShapeHint
    case summaryAnswerTwice, summaryUnknownAnswer, summaryAnswersHint, summaryEveryAnswer, summaryEveryAnswerHint
    // Message+Theme.swift
    case defaultThemeMissing, defaultThemeMissingHint, themeUnreadable, templateTagUnclosed, templateTagUnclosedHint
    case templateDelimiters, templateDelimitersHint, templateUnsupported, templateUnsupportedHint, templateTagNoName
    case templateTagBadName, templateTagNameHint, templateCloseUnopened, templateCloseUnopenedHint
    case templateCloseMismatch, templateCloseMismatchHint, templateNeverClosed, templateNeverClosedHint
    case templatePartialMissing, templatePartialMissingHint
    // Message+XML.swift
    case xmlTextAfterRoot, xmlTextBeforeRoot, xmlElementNotClosed, xmlNoElement, xmlCDATAOutside, xmlLateDoctype
    case xmlInstructionNoName, xmlLateDeclaration, xmlEndTagUnclosed, xmlEndTagClosesNothing, xmlEndTagMismatch
    case xmlOtherDeclaration, xmlStrayLessThan, xmlSecondRoot, xmlTagUnclosed, xmlUnexpected, xmlAttributeNoValue
    case xmlValueNotQuoted, xmlLessThanInValue, xmlValueUnclosed, xmlAttributeTwice, xmlDoctypeUnclosed
    case xmlSectionUnclosed, xmlStrayAmpersand, xmlUnknownEntity
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
