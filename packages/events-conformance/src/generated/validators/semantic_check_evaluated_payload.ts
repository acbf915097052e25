// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"SemanticConflictEntry":{"description":"Single conflict finding within a semantic check evaluation.","properties":{"description":{"description":"Human-readable explanation of the conflict","title":"Description","type":"string"},"nature":{"description":"Classification of the conflict","enum":["overloaded","drift","ambiguous"],"title":"Nature","type":"string"},"severity":{"description":"Severity level of this conflict","enum":["low","medium","high"],"title":"Severity","type":"string"},"term":{"description":"The conflicting term surface text","minLength":1,"title":"Term","type":"string"}},"required":["term","nature","severity","description"],"title":"SemanticConflictEntry","type":"object"}},"$id":"spec-kitty-events/semantic_check_evaluated_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for SemanticCheckEvaluated event (step-level semantic check).","properties":{"confidence":{"description":"Overall confidence score","maximum":1,"minimum":0,"title":"Confidence","type":"number"},"conflicts":{"description":"List of detected conflicts","items":{"$ref":"#/$defs/SemanticConflictEntry"},"title":"Conflicts","type":"array"},"effective_strictness":{"description":"Strictness mode used for this evaluation","enum":["off","medium","max"],"title":"Effective Strictness","type":"string"},"mission_id":{"description":"Mission context","minLength":1,"title":"Mission Id","type":"string"},"recommended_action":{"description":"Action recommendation based on severity and strictness","enum":["block","warn","pass"],"title":"Recommended Action","type":"string"},"scope_id":{"description":"Scope checked against","minLength":1,"title":"Scope Id","type":"string"},"severity":{"description":"Overall check severity (max of conflicts)","enum":["low","medium","high"],"title":"Severity","type":"string"},"step_id":{"description":"Step being evaluated","minLength":1,"title":"Step Id","type":"string"},"step_metadata":{"additionalProperties":{"type":"string"},"description":"Mission primitive metadata (no hardcoded step names)","title":"Step Metadata","type":"object"}},"required":["mission_id","scope_id","step_id","conflicts","severity","confidence","recommended_action","effective_strictness"],"title":"SemanticCheckEvaluatedPayload","type":"object"};
const schema32 = {"description":"Single conflict finding within a semantic check evaluation.","properties":{"description":{"description":"Human-readable explanation of the conflict","title":"Description","type":"string"},"nature":{"description":"Classification of the conflict","enum":["overloaded","drift","ambiguous"],"title":"Nature","type":"string"},"severity":{"description":"Severity level of this conflict","enum":["low","medium","high"],"title":"Severity","type":"string"},"term":{"description":"The conflicting term surface text","minLength":1,"title":"Term","type":"string"}},"required":["term","nature","severity","description"],"title":"SemanticConflictEntry","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func82 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/semantic_check_evaluated_payload" */;
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
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.scope_id === undefined) || (!(func0.call(data, "scope_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scope_id"},message:"must have required property '"+"scope_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.step_id === undefined) || (!(func0.call(data, "step_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "step_id"},message:"must have required property '"+"step_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.conflicts === undefined) || (!(func0.call(data, "conflicts")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "conflicts"},message:"must have required property '"+"conflicts"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.severity === undefined) || (!(func0.call(data, "severity")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.confidence === undefined) || (!(func0.call(data, "confidence")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "confidence"},message:"must have required property '"+"confidence"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.recommended_action === undefined) || (!(func0.call(data, "recommended_action")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recommended_action"},message:"must have required property '"+"recommended_action"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.effective_strictness === undefined) || (!(func0.call(data, "effective_strictness")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effective_strictness"},message:"must have required property '"+"effective_strictness"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.confidence !== undefined && func0.call(data, "confidence")){
let data0 = data.confidence;
if(typeof data0 == "number"){
if(data0 > 1 || isNaN(data0)){
const err8 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema31.properties.confidence,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err9 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.confidence,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.confidence.type,parentSchema:schema31.properties.confidence,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.conflicts !== undefined && func0.call(data, "conflicts")){
let data1 = data.conflicts;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if((data2.term === undefined) || (!(func0.call(data2, "term")))){
const err11 = {instancePath:instancePath+"/conflicts/" + i0,schemaPath:"#/$defs/SemanticConflictEntry/required",keyword:"required",params:{missingProperty: "term"},message:"must have required property '"+"term"+"'",schema:schema32.required,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((data2.nature === undefined) || (!(func0.call(data2, "nature")))){
const err12 = {instancePath:instancePath+"/conflicts/" + i0,schemaPath:"#/$defs/SemanticConflictEntry/required",keyword:"required",params:{missingProperty: "nature"},message:"must have required property '"+"nature"+"'",schema:schema32.required,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((data2.severity === undefined) || (!(func0.call(data2, "severity")))){
const err13 = {instancePath:instancePath+"/conflicts/" + i0,schemaPath:"#/$defs/SemanticConflictEntry/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema32.required,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((data2.description === undefined) || (!(func0.call(data2, "description")))){
const err14 = {instancePath:instancePath+"/conflicts/" + i0,schemaPath:"#/$defs/SemanticConflictEntry/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema32.required,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2.description !== undefined && func0.call(data2, "description")){
let data3 = data2.description;
if(typeof data3 !== "string"){
const err15 = {instancePath:instancePath+"/conflicts/" + i0+"/description",schemaPath:"#/$defs/SemanticConflictEntry/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.description.type,parentSchema:schema32.properties.description,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.nature !== undefined && func0.call(data2, "nature")){
let data4 = data2.nature;
if(typeof data4 !== "string"){
const err16 = {instancePath:instancePath+"/conflicts/" + i0+"/nature",schemaPath:"#/$defs/SemanticConflictEntry/properties/nature/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.nature.type,parentSchema:schema32.properties.nature,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(((data4 === "overloaded") || (data4 === "drift")) || (data4 === "ambiguous"))){
const err17 = {instancePath:instancePath+"/conflicts/" + i0+"/nature",schemaPath:"#/$defs/SemanticConflictEntry/properties/nature/enum",keyword:"enum",params:{allowedValues: schema32.properties.nature.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.nature.enum,parentSchema:schema32.properties.nature,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.severity !== undefined && func0.call(data2, "severity")){
let data5 = data2.severity;
if(typeof data5 !== "string"){
const err18 = {instancePath:instancePath+"/conflicts/" + i0+"/severity",schemaPath:"#/$defs/SemanticConflictEntry/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.severity.type,parentSchema:schema32.properties.severity,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(((data5 === "low") || (data5 === "medium")) || (data5 === "high"))){
const err19 = {instancePath:instancePath+"/conflicts/" + i0+"/severity",schemaPath:"#/$defs/SemanticConflictEntry/properties/severity/enum",keyword:"enum",params:{allowedValues: schema32.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.severity.enum,parentSchema:schema32.properties.severity,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.term !== undefined && func0.call(data2, "term")){
let data6 = data2.term;
if(typeof data6 === "string"){
if(func82(data6) < 1){
const err20 = {instancePath:instancePath+"/conflicts/" + i0+"/term",schemaPath:"#/$defs/SemanticConflictEntry/properties/term/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.term,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/conflicts/" + i0+"/term",schemaPath:"#/$defs/SemanticConflictEntry/properties/term/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.term.type,parentSchema:schema32.properties.term,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/conflicts/" + i0,schemaPath:"#/$defs/SemanticConflictEntry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/conflicts",schemaPath:"#/properties/conflicts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.conflicts.type,parentSchema:schema31.properties.conflicts,data:data1};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.effective_strictness !== undefined && func0.call(data, "effective_strictness")){
let data7 = data.effective_strictness;
if(typeof data7 !== "string"){
const err24 = {instancePath:instancePath+"/effective_strictness",schemaPath:"#/properties/effective_strictness/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.effective_strictness.type,parentSchema:schema31.properties.effective_strictness,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(((data7 === "off") || (data7 === "medium")) || (data7 === "max"))){
const err25 = {instancePath:instancePath+"/effective_strictness",schemaPath:"#/properties/effective_strictness/enum",keyword:"enum",params:{allowedValues: schema31.properties.effective_strictness.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.effective_strictness.enum,parentSchema:schema31.properties.effective_strictness,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data8 = data.mission_id;
if(typeof data8 === "string"){
if(func82(data8) < 1){
const err26 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data8};
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
const err27 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.recommended_action !== undefined && func0.call(data, "recommended_action")){
let data9 = data.recommended_action;
if(typeof data9 !== "string"){
const err28 = {instancePath:instancePath+"/recommended_action",schemaPath:"#/properties/recommended_action/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.recommended_action.type,parentSchema:schema31.properties.recommended_action,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((data9 === "block") || (data9 === "warn")) || (data9 === "pass"))){
const err29 = {instancePath:instancePath+"/recommended_action",schemaPath:"#/properties/recommended_action/enum",keyword:"enum",params:{allowedValues: schema31.properties.recommended_action.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.recommended_action.enum,parentSchema:schema31.properties.recommended_action,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.scope_id !== undefined && func0.call(data, "scope_id")){
let data10 = data.scope_id;
if(typeof data10 === "string"){
if(func82(data10) < 1){
const err30 = {instancePath:instancePath+"/scope_id",schemaPath:"#/properties/scope_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.scope_id,data:data10};
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
const err31 = {instancePath:instancePath+"/scope_id",schemaPath:"#/properties/scope_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope_id.type,parentSchema:schema31.properties.scope_id,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.severity !== undefined && func0.call(data, "severity")){
let data11 = data.severity;
if(typeof data11 !== "string"){
const err32 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.severity.type,parentSchema:schema31.properties.severity,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!(((data11 === "low") || (data11 === "medium")) || (data11 === "high"))){
const err33 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema31.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.severity.enum,parentSchema:schema31.properties.severity,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.step_id !== undefined && func0.call(data, "step_id")){
let data12 = data.step_id;
if(typeof data12 === "string"){
if(func82(data12) < 1){
const err34 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.step_id,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.step_id.type,parentSchema:schema31.properties.step_id,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.step_metadata !== undefined && func0.call(data, "step_metadata")){
let data13 = data.step_metadata;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key0 of Object.keys(data13)){
let data14 = data13[key0];
if(typeof data14 !== "string"){
const err36 = {instancePath:instancePath+"/step_metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/step_metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.step_metadata.additionalProperties.type,parentSchema:schema31.properties.step_metadata.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/step_metadata",schemaPath:"#/properties/step_metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.step_metadata.type,parentSchema:schema31.properties.step_metadata,data:data13};
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
const err38 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"confidence":true,"conflicts":true,"effective_strictness":true,"mission_id":true,"recommended_action":true,"scope_id":true,"severity":true,"step_id":true,"step_metadata":true},"dynamicProps":false,"dynamicItems":false};
