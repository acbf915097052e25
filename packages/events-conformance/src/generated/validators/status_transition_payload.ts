// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"DoneEvidence":{"description":"Evidence bundle required when a WP transitions to DONE.","properties":{"repos":{"description":"At least one repo with changes","items":{"$ref":"#/$defs/RepoEvidence"},"minItems":1,"title":"Repos","type":"array"},"review":{"$ref":"#/$defs/ReviewVerdict","description":"Review verdict"},"verification":{"description":"Verification steps executed","items":{"$ref":"#/$defs/VerificationEntry"},"title":"Verification","type":"array"}},"required":["repos","review"],"title":"DoneEvidence","type":"object"},"ExecutionMode":{"description":"How a work-package is being executed.","enum":["worktree","direct_repo"],"title":"ExecutionMode","type":"string"},"Lane":{"description":"Work-package lifecycle lanes.","enum":["planned","claimed","in_progress","for_review","done","blocked","canceled"],"title":"Lane","type":"string"},"RepoEvidence":{"description":"Evidence of repository changes for a completed work-package.","properties":{"branch":{"description":"Branch name","minLength":1,"title":"Branch","type":"string"},"commit":{"description":"Commit SHA or reference","minLength":1,"title":"Commit","type":"string"},"files_touched":{"anyOf":[{"items":{"type":"string"},"type":"array"},{"type":"null"}],"default":null,"description":"List of files modified","title":"Files Touched"},"repo":{"description":"Repository identifier","minLength":1,"title":"Repo","type":"string"}},"required":["repo","branch","commit"],"title":"RepoEvidence","type":"object"},"ReviewVerdict":{"description":"Verdict from a human or automated reviewer.","properties":{"reference":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"URL or reference for the review","title":"Reference"},"reviewer":{"description":"Who reviewed","minLength":1,"title":"Reviewer","type":"string"},"verdict":{"description":"Verdict string","minLength":1,"title":"Verdict","type":"string"}},"required":["reviewer","verdict"],"title":"ReviewVerdict","type":"object"},"VerificationEntry":{"description":"A single verification step (e.g. test run, lint check).","properties":{"command":{"description":"Command that was executed","minLength":1,"title":"Command","type":"string"},"result":{"description":"Outcome of the command","minLength":1,"title":"Result","type":"string"},"summary":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Human-readable summary","title":"Summary"}},"required":["command","result"],"title":"VerificationEntry","type":"object"}},"$id":"spec-kitty-events/status_transition_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for a WPStatusChanged event describing a lane transition.","properties":{"actor":{"description":"Who initiated the transition","minLength":1,"title":"Actor","type":"string"},"evidence":{"anyOf":[{"$ref":"#/$defs/DoneEvidence"},{"type":"null"}],"default":null,"description":"Evidence bundle (required when to_lane=DONE)"},"execution_mode":{"$ref":"#/$defs/ExecutionMode","description":"How the work-package is being executed"},"feature_slug":{"description":"Feature identifier","minLength":1,"title":"Feature Slug","type":"string"},"force":{"default":false,"description":"Whether this is a forced transition","title":"Force","type":"boolean"},"from_lane":{"anyOf":[{"$ref":"#/$defs/Lane"},{"type":"null"}],"default":null,"description":"Lane the WP is transitioning from (None for initial)"},"reason":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Reason for the transition (required when force=True)","title":"Reason"},"review_ref":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Reference to an external review","title":"Review Ref"},"to_lane":{"$ref":"#/$defs/Lane","description":"Lane the WP is transitioning to"},"wp_id":{"description":"Work-package identifier","minLength":1,"title":"Wp Id","type":"string"}},"required":["feature_slug","wp_id","to_lane","actor","execution_mode"],"title":"StatusTransitionPayload","type":"object"};
const schema36 = {"description":"How a work-package is being executed.","enum":["worktree","direct_repo"],"title":"ExecutionMode","type":"string"};
const schema37 = {"description":"Work-package lifecycle lanes.","enum":["planned","claimed","in_progress","for_review","done","blocked","canceled"],"title":"Lane","type":"string"};
const func0 = Object.prototype.hasOwnProperty;
const func70 = require("ajv/dist/runtime/ucs2length").default;
const schema32 = {"description":"Evidence bundle required when a WP transitions to DONE.","properties":{"repos":{"description":"At least one repo with changes","items":{"$ref":"#/$defs/RepoEvidence"},"minItems":1,"title":"Repos","type":"array"},"review":{"$ref":"#/$defs/ReviewVerdict","description":"Review verdict"},"verification":{"description":"Verification steps executed","items":{"$ref":"#/$defs/VerificationEntry"},"title":"Verification","type":"array"}},"required":["repos","review"],"title":"DoneEvidence","type":"object"};
const schema33 = {"description":"Evidence of repository changes for a completed work-package.","properties":{"branch":{"description":"Branch name","minLength":1,"title":"Branch","type":"string"},"commit":{"description":"Commit SHA or reference","minLength":1,"title":"Commit","type":"string"},"files_touched":{"anyOf":[{"items":{"type":"string"},"type":"array"},{"type":"null"}],"default":null,"description":"List of files modified","title":"Files Touched"},"repo":{"description":"Repository identifier","minLength":1,"title":"Repo","type":"string"}},"required":["repo","branch","commit"],"title":"RepoEvidence","type":"object"};
const schema34 = {"description":"Verdict from a human or automated reviewer.","properties":{"reference":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"URL or reference for the review","title":"Reference"},"reviewer":{"description":"Who reviewed","minLength":1,"title":"Reviewer","type":"string"},"verdict":{"description":"Verdict string","minLength":1,"title":"Verdict","type":"string"}},"required":["reviewer","verdict"],"title":"ReviewVerdict","type":"object"};
const schema35 = {"description":"A single verification step (e.g. test run, lint check).","properties":{"command":{"description":"Command that was executed","minLength":1,"title":"Command","type":"string"},"result":{"description":"Outcome of the command","minLength":1,"title":"Result","type":"string"},"summary":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Human-readable summary","title":"Summary"}},"required":["command","result"],"title":"VerificationEntry","type":"object"};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.repos === undefined) || (!(func0.call(data, "repos")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repos"},message:"must have required property '"+"repos"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.review === undefined) || (!(func0.call(data, "review")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review"},message:"must have required property '"+"review"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.repos !== undefined && func0.call(data, "repos")){
let data0 = data.repos;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/repos",schemaPath:"#/properties/repos/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.repos,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if((data1.repo === undefined) || (!(func0.call(data1, "repo")))){
const err3 = {instancePath:instancePath+"/repos/" + i0,schemaPath:"#/$defs/RepoEvidence/required",keyword:"required",params:{missingProperty: "repo"},message:"must have required property '"+"repo"+"'",schema:schema33.required,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data1.branch === undefined) || (!(func0.call(data1, "branch")))){
const err4 = {instancePath:instancePath+"/repos/" + i0,schemaPath:"#/$defs/RepoEvidence/required",keyword:"required",params:{missingProperty: "branch"},message:"must have required property '"+"branch"+"'",schema:schema33.required,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data1.commit === undefined) || (!(func0.call(data1, "commit")))){
const err5 = {instancePath:instancePath+"/repos/" + i0,schemaPath:"#/$defs/RepoEvidence/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'",schema:schema33.required,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.branch !== undefined && func0.call(data1, "branch")){
let data2 = data1.branch;
if(typeof data2 === "string"){
if(func70(data2) < 1){
const err6 = {instancePath:instancePath+"/repos/" + i0+"/branch",schemaPath:"#/$defs/RepoEvidence/properties/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.branch,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/repos/" + i0+"/branch",schemaPath:"#/$defs/RepoEvidence/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.branch.type,parentSchema:schema33.properties.branch,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.commit !== undefined && func0.call(data1, "commit")){
let data3 = data1.commit;
if(typeof data3 === "string"){
if(func70(data3) < 1){
const err8 = {instancePath:instancePath+"/repos/" + i0+"/commit",schemaPath:"#/$defs/RepoEvidence/properties/commit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.commit,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/repos/" + i0+"/commit",schemaPath:"#/$defs/RepoEvidence/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.commit.type,parentSchema:schema33.properties.commit,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.files_touched !== undefined && func0.call(data1, "files_touched")){
let data4 = data1.files_touched;
const _errs11 = errors;
let valid5 = false;
const _errs12 = errors;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/repos/" + i0+"/files_touched/" + i1,schemaPath:"#/$defs/RepoEvidence/properties/files_touched/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.files_touched.anyOf[0].items.type,parentSchema:schema33.properties.files_touched.anyOf[0].items,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/repos/" + i0+"/files_touched",schemaPath:"#/$defs/RepoEvidence/properties/files_touched/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.files_touched.anyOf[0].type,parentSchema:schema33.properties.files_touched.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid5 = valid5 || _valid0;
const _errs16 = errors;
if(data4 !== null){
const err12 = {instancePath:instancePath+"/repos/" + i0+"/files_touched",schemaPath:"#/$defs/RepoEvidence/properties/files_touched/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema33.properties.files_touched.anyOf[1].type,parentSchema:schema33.properties.files_touched.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const err13 = {instancePath:instancePath+"/repos/" + i0+"/files_touched",schemaPath:"#/$defs/RepoEvidence/properties/files_touched/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema33.properties.files_touched.anyOf,parentSchema:schema33.properties.files_touched,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data1.repo !== undefined && func0.call(data1, "repo")){
let data6 = data1.repo;
if(typeof data6 === "string"){
if(func70(data6) < 1){
const err14 = {instancePath:instancePath+"/repos/" + i0+"/repo",schemaPath:"#/$defs/RepoEvidence/properties/repo/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.repo,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/repos/" + i0+"/repo",schemaPath:"#/$defs/RepoEvidence/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.repo.type,parentSchema:schema33.properties.repo,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/repos/" + i0,schemaPath:"#/$defs/RepoEvidence/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/repos",schemaPath:"#/properties/repos/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.repos.type,parentSchema:schema32.properties.repos,data:data0};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.review !== undefined && func0.call(data, "review")){
let data7 = data.review;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if((data7.reviewer === undefined) || (!(func0.call(data7, "reviewer")))){
const err18 = {instancePath:instancePath+"/review",schemaPath:"#/$defs/ReviewVerdict/required",keyword:"required",params:{missingProperty: "reviewer"},message:"must have required property '"+"reviewer"+"'",schema:schema34.required,parentSchema:schema34,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((data7.verdict === undefined) || (!(func0.call(data7, "verdict")))){
const err19 = {instancePath:instancePath+"/review",schemaPath:"#/$defs/ReviewVerdict/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'",schema:schema34.required,parentSchema:schema34,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data7.reference !== undefined && func0.call(data7, "reference")){
let data8 = data7.reference;
const _errs24 = errors;
let valid10 = false;
const _errs25 = errors;
if(typeof data8 !== "string"){
const err20 = {instancePath:instancePath+"/review/reference",schemaPath:"#/$defs/ReviewVerdict/properties/reference/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.reference.anyOf[0].type,parentSchema:schema34.properties.reference.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs25 === errors;
valid10 = valid10 || _valid1;
const _errs27 = errors;
if(data8 !== null){
const err21 = {instancePath:instancePath+"/review/reference",schemaPath:"#/$defs/ReviewVerdict/properties/reference/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema34.properties.reference.anyOf[1].type,parentSchema:schema34.properties.reference.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid1 = _errs27 === errors;
valid10 = valid10 || _valid1;
if(!valid10){
const err22 = {instancePath:instancePath+"/review/reference",schemaPath:"#/$defs/ReviewVerdict/properties/reference/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema34.properties.reference.anyOf,parentSchema:schema34.properties.reference,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
if(data7.reviewer !== undefined && func0.call(data7, "reviewer")){
let data9 = data7.reviewer;
if(typeof data9 === "string"){
if(func70(data9) < 1){
const err23 = {instancePath:instancePath+"/review/reviewer",schemaPath:"#/$defs/ReviewVerdict/properties/reviewer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.reviewer,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/review/reviewer",schemaPath:"#/$defs/ReviewVerdict/properties/reviewer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.reviewer.type,parentSchema:schema34.properties.reviewer,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.verdict !== undefined && func0.call(data7, "verdict")){
let data10 = data7.verdict;
if(typeof data10 === "string"){
if(func70(data10) < 1){
const err25 = {instancePath:instancePath+"/review/verdict",schemaPath:"#/$defs/ReviewVerdict/properties/verdict/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.verdict,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/review/verdict",schemaPath:"#/$defs/ReviewVerdict/properties/verdict/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.verdict.type,parentSchema:schema34.properties.verdict,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/review",schemaPath:"#/$defs/ReviewVerdict/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.verification !== undefined && func0.call(data, "verification")){
let data11 = data.verification;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if((data12.command === undefined) || (!(func0.call(data12, "command")))){
const err28 = {instancePath:instancePath+"/verification/" + i2,schemaPath:"#/$defs/VerificationEntry/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'",schema:schema35.required,parentSchema:schema35,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((data12.result === undefined) || (!(func0.call(data12, "result")))){
const err29 = {instancePath:instancePath+"/verification/" + i2,schemaPath:"#/$defs/VerificationEntry/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'",schema:schema35.required,parentSchema:schema35,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data12.command !== undefined && func0.call(data12, "command")){
let data13 = data12.command;
if(typeof data13 === "string"){
if(func70(data13) < 1){
const err30 = {instancePath:instancePath+"/verification/" + i2+"/command",schemaPath:"#/$defs/VerificationEntry/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.command,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/verification/" + i2+"/command",schemaPath:"#/$defs/VerificationEntry/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.command.type,parentSchema:schema35.properties.command,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data12.result !== undefined && func0.call(data12, "result")){
let data14 = data12.result;
if(typeof data14 === "string"){
if(func70(data14) < 1){
const err32 = {instancePath:instancePath+"/verification/" + i2+"/result",schemaPath:"#/$defs/VerificationEntry/properties/result/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.result,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/verification/" + i2+"/result",schemaPath:"#/$defs/VerificationEntry/properties/result/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.result.type,parentSchema:schema35.properties.result,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data12.summary !== undefined && func0.call(data12, "summary")){
let data15 = data12.summary;
const _errs43 = errors;
let valid15 = false;
const _errs44 = errors;
if(typeof data15 !== "string"){
const err34 = {instancePath:instancePath+"/verification/" + i2+"/summary",schemaPath:"#/$defs/VerificationEntry/properties/summary/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.summary.anyOf[0].type,parentSchema:schema35.properties.summary.anyOf[0],data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid2 = _errs44 === errors;
valid15 = valid15 || _valid2;
const _errs46 = errors;
if(data15 !== null){
const err35 = {instancePath:instancePath+"/verification/" + i2+"/summary",schemaPath:"#/$defs/VerificationEntry/properties/summary/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema35.properties.summary.anyOf[1].type,parentSchema:schema35.properties.summary.anyOf[1],data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid2 = _errs46 === errors;
valid15 = valid15 || _valid2;
if(!valid15){
const err36 = {instancePath:instancePath+"/verification/" + i2+"/summary",schemaPath:"#/$defs/VerificationEntry/properties/summary/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema35.properties.summary.anyOf,parentSchema:schema35.properties.summary,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/verification/" + i2,schemaPath:"#/$defs/VerificationEntry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/verification",schemaPath:"#/properties/verification/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.verification.type,parentSchema:schema32.properties.verification,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"repos":true,"review":true,"verification":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/status_transition_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.feature_slug === undefined) || (!(func0.call(data, "feature_slug")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "feature_slug"},message:"must have required property '"+"feature_slug"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.wp_id === undefined) || (!(func0.call(data, "wp_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "wp_id"},message:"must have required property '"+"wp_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.to_lane === undefined) || (!(func0.call(data, "to_lane")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to_lane"},message:"must have required property '"+"to_lane"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.actor === undefined) || (!(func0.call(data, "actor")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.execution_mode === undefined) || (!(func0.call(data, "execution_mode")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "execution_mode"},message:"must have required property '"+"execution_mode"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.actor !== undefined && func0.call(data, "actor")){
let data0 = data.actor;
if(typeof data0 === "string"){
if(func70(data0) < 1){
const err5 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actor.type,parentSchema:schema31.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.evidence !== undefined && func0.call(data, "evidence")){
let data1 = data.evidence;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(!(validate21(data1, {instancePath:instancePath+"/evidence",parentData:data,parentDataProperty:"evidence",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = {};
props0.repos = true;
props0.review = true;
props0.verification = true;
}
const _errs7 = errors;
if(data1 !== null){
const err7 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.evidence.anyOf[1].type,parentSchema:schema31.properties.evidence.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err8 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.evidence.anyOf,parentSchema:schema31.properties.evidence,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.execution_mode !== undefined && func0.call(data, "execution_mode")){
let data2 = data.execution_mode;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/execution_mode",schemaPath:"#/$defs/ExecutionMode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data2 === "worktree") || (data2 === "direct_repo"))){
const err10 = {instancePath:instancePath+"/execution_mode",schemaPath:"#/$defs/ExecutionMode/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.feature_slug !== undefined && func0.call(data, "feature_slug")){
let data3 = data.feature_slug;
if(typeof data3 === "string"){
if(func70(data3) < 1){
const err11 = {instancePath:instancePath+"/feature_slug",schemaPath:"#/properties/feature_slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.feature_slug,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/feature_slug",schemaPath:"#/properties/feature_slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.feature_slug.type,parentSchema:schema31.properties.feature_slug,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.force !== undefined && func0.call(data, "force")){
let data4 = data.force;
if(typeof data4 !== "boolean"){
const err13 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.force.type,parentSchema:schema31.properties.force,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.from_lane !== undefined && func0.call(data, "from_lane")){
let data5 = data.from_lane;
const _errs17 = errors;
let valid3 = false;
const _errs18 = errors;
if(typeof data5 !== "string"){
const err14 = {instancePath:instancePath+"/from_lane",schemaPath:"#/$defs/Lane/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(((((((data5 === "planned") || (data5 === "claimed")) || (data5 === "in_progress")) || (data5 === "for_review")) || (data5 === "done")) || (data5 === "blocked")) || (data5 === "canceled"))){
const err15 = {instancePath:instancePath+"/from_lane",schemaPath:"#/$defs/Lane/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid3 = valid3 || _valid1;
const _errs21 = errors;
if(data5 !== null){
const err16 = {instancePath:instancePath+"/from_lane",schemaPath:"#/properties/from_lane/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.from_lane.anyOf[1].type,parentSchema:schema31.properties.from_lane.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err17 = {instancePath:instancePath+"/from_lane",schemaPath:"#/properties/from_lane/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.from_lane.anyOf,parentSchema:schema31.properties.from_lane,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
if(data.reason !== undefined && func0.call(data, "reason")){
let data6 = data.reason;
const _errs24 = errors;
let valid5 = false;
const _errs25 = errors;
if(typeof data6 !== "string"){
const err18 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.reason.anyOf[0].type,parentSchema:schema31.properties.reason.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid2 = _errs25 === errors;
valid5 = valid5 || _valid2;
const _errs27 = errors;
if(data6 !== null){
const err19 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.reason.anyOf[1].type,parentSchema:schema31.properties.reason.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid2 = _errs27 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const err20 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.reason.anyOf,parentSchema:schema31.properties.reason,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
if(data.review_ref !== undefined && func0.call(data, "review_ref")){
let data7 = data.review_ref;
const _errs30 = errors;
let valid6 = false;
const _errs31 = errors;
if(typeof data7 !== "string"){
const err21 = {instancePath:instancePath+"/review_ref",schemaPath:"#/properties/review_ref/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.review_ref.anyOf[0].type,parentSchema:schema31.properties.review_ref.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid3 = _errs31 === errors;
valid6 = valid6 || _valid3;
const _errs33 = errors;
if(data7 !== null){
const err22 = {instancePath:instancePath+"/review_ref",schemaPath:"#/properties/review_ref/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.review_ref.anyOf[1].type,parentSchema:schema31.properties.review_ref.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid3 = _errs33 === errors;
valid6 = valid6 || _valid3;
if(!valid6){
const err23 = {instancePath:instancePath+"/review_ref",schemaPath:"#/properties/review_ref/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.review_ref.anyOf,parentSchema:schema31.properties.review_ref,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
}
if(data.to_lane !== undefined && func0.call(data, "to_lane")){
let data8 = data.to_lane;
if(typeof data8 !== "string"){
const err24 = {instancePath:instancePath+"/to_lane",schemaPath:"#/$defs/Lane/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(((((((data8 === "planned") || (data8 === "claimed")) || (data8 === "in_progress")) || (data8 === "for_review")) || (data8 === "done")) || (data8 === "blocked")) || (data8 === "canceled"))){
const err25 = {instancePath:instancePath+"/to_lane",schemaPath:"#/$defs/Lane/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.wp_id !== undefined && func0.call(data, "wp_id")){
let data9 = data.wp_id;
if(typeof data9 === "string"){
if(func70(data9) < 1){
const err26 = {instancePath:instancePath+"/wp_id",schemaPath:"#/properties/wp_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.wp_id,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/wp_id",schemaPath:"#/properties/wp_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.wp_id.type,parentSchema:schema31.properties.wp_id,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"actor":true,"evidence":true,"execution_mode":true,"feature_slug":true,"force":true,"from_lane":true,"reason":true,"review_ref":true,"to_lane":true,"wp_id":true},"dynamicProps":false,"dynamicItems":false};
